using System.Collections.Generic;

namespace TechLead.Rules.Selectors;

/// <summary>A plain string selector: a glob over the type's full name.</summary>
internal sealed class GlobTypeSelector(GlobPattern glob) : TypeSelector(glob.Text)
{
    private readonly string[] prefixes = glob.LiteralPrefix.Length == 0 ? [] : [glob.LiteralPrefix];

    public GlobPattern Glob { get; } = glob;

    public override string Yaml => YamlText.Render(Glob.Text);

    public override IReadOnlyList<string> RequiredPrefixes => prefixes;

    public override bool Matches<TType>(TType type, ITypeModel<TType> model) => Glob.IsMatch(model.GetFullName(type));
}
