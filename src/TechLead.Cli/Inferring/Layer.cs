using System.Collections.Generic;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>A layer infer found: one project, or the same-named projects of several modules (<c>Modular.Modules.*.Core</c>).</summary>
internal sealed record Layer(string Name, SelectorDraft Selector, IReadOnlyList<string> Projects, IReadOnlyCollection<string> Types);
