namespace TechLead.Rules.Selectors;

/// <summary>A compiled selector: decides whether a type is picked (docs/adr-format.md, "Type selectors").</summary>
public abstract class TypeSelector
{
    private protected TypeSelector(string text) => Text = text;

    /// <summary>A readable rendering of the selector, for messages and reports.</summary>
    public string Text { get; }

    /// <summary>The selector as it would be written in an ADR's YAML, quoted where YAML needs it (<c>"**.*Repository"</c>).</summary>
    public abstract string Yaml { get; }

    /// <summary>
    /// Full names that cannot match unless they start with one of these prefixes; empty when any
    /// name might match. Engines index rules by it so per-reference cost does not grow with ADR count.
    /// </summary>
    public abstract System.Collections.Generic.IReadOnlyList<string> RequiredPrefixes { get; }

    public abstract bool Matches<TType>(TType type, ITypeModel<TType> model);

    public override string ToString() => Text;
}
