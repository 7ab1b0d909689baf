using System.Collections.Generic;

namespace TechLead.Rules.Selectors;

/// <summary>
/// The conditions of a mapping selector (<c>{ name: ..., kind: ... }</c>), in the one order the parser lists them and
/// every writer (<see cref="Writing.SelectorDraft"/>, a selector's own <see cref="TypeSelector.Yaml"/>) writes them.
/// </summary>
public static class SelectorKeys
{
    public const string Name = "name";
    public const string Namespace = "namespace";
    public const string Assembly = "assembly";
    public const string Kind = "kind";
    public const string Inherits = "inherits";
    public const string Implements = "implements";
    public const string HasAttribute = "has-attribute";
    public const string Visibility = "visibility";
    public const string Abstract = "abstract";
    public const string Sealed = "sealed";
    public const string Static = "static";
    public const string NameMatches = "name-matches";
    public const string NamespaceMatches = "namespace-matches";
    public const string FullNameMatches = "full-name-matches";
    public const string AssemblyMatches = "assembly-matches";
    public const string Except = "except";

    public static IReadOnlyList<string> InOrder { get; } = [Name, Namespace, Assembly, Kind, Inherits, Implements, HasAttribute, Visibility, Abstract, Sealed, Static, NameMatches, NamespaceMatches, FullNameMatches, AssemblyMatches, Except];

    /// <summary>The key's place in <see cref="InOrder"/>; -1 for a key that is no selector condition.</summary>
    public static int IndexOf(string key)
    {
        for (var i = 0; i < InOrder.Count; i++)
        {
            if (InOrder[i] == key)
            {
                return i;
            }
        }

        return -1;
    }
}
