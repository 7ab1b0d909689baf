using System.Collections.Generic;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>One call of a fluent chain: <c>ResideInNamespace("Shop.Domain")</c>.</summary>
internal sealed record ChainLink(string Name, IReadOnlyList<ArgumentSyntax> Arguments, ExpressionSyntax Node);
