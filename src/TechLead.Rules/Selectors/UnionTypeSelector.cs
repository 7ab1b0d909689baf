using System.Collections.Generic;
using System.Linq;

namespace TechLead.Rules.Selectors;

/// <summary>A list of selectors: a type is picked when any of them picks it.</summary>
internal sealed class UnionTypeSelector : TypeSelector
{
    private readonly TypeSelector[] members;
    private readonly string[] prefixes;

    public UnionTypeSelector(IReadOnlyList<TypeSelector> members)
        : base("[" + string.Join(", ", members.Select(m => m.Text)) + "]")
    {
        this.members = members.ToArray();

        // The union is only as narrow as its widest member.
        prefixes = this.members.Any(m => m.RequiredPrefixes.Count == 0)
            ? []
            : this.members.SelectMany(m => m.RequiredPrefixes).Distinct().ToArray();
    }

    public override IReadOnlyList<string> RequiredPrefixes => prefixes;

    public override string Yaml => "[" + string.Join(", ", members.Select(m => m.Yaml)) + "]";

    public override bool Matches<TType>(TType type, ITypeModel<TType> model)
    {
        foreach (var member in members)
        {
            if (member.Matches(type, model))
            {
                return true;
            }
        }

        return false;
    }
}
