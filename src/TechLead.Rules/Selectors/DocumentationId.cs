using System;

namespace TechLead.Rules.Selectors;

/// <summary>
/// A documentation-comment ID (<c>T:System.DateTime</c>, <c>M:System.IO.File.ReadAllText(System.String)</c>,
/// <c>N:System.Net</c>). A method ID without parameters bans every overload.
/// </summary>
public sealed class DocumentationId
{
    private DocumentationId(string text, char prefix, string name, string? parameters)
    {
        Text = text;
        Prefix = prefix;
        Name = name;
        Parameters = parameters;
    }

    /// <summary>As written.</summary>
    public string Text { get; }

    /// <summary>N, T, M, P, F or E.</summary>
    public char Prefix { get; }

    /// <summary>The dotted name after the prefix, without the parameter list.</summary>
    public string Name { get; }

    /// <summary>The parenthesised parameter list, or null when every overload is meant.</summary>
    public string? Parameters { get; }

    public bool IsNamespace => Prefix == 'N';

    public static bool TryParse(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DocumentationId? id, [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? error)
    {
        id = null;
        if (text.Length < 3 || text[1] != ':')
        {
            error = $"'{text}' is not a documentation-comment ID; write e.g. 'T:System.DateTime', 'P:System.DateTime.Now' or 'M:System.IO.File.ReadAllText(System.String)'";
            return false;
        }

        var prefix = text[0];
        if ("NTMPFE".IndexOf(prefix) < 0)
        {
            error = $"unknown doc-comment ID prefix '{prefix}:' in '{text}'; use N: (namespace), T: (type), M: (method), P: (property), F: (field) or E: (event)";
            return false;
        }

        var body = text.Substring(2);
        string? parameters = null;
        var paren = body.IndexOf('(');
        if (paren >= 0)
        {
            if (prefix != 'M' && prefix != 'P')
            {
                error = $"'{text}': only methods and indexers take a parameter list";
                return false;
            }

            if (!body.EndsWith(")", StringComparison.Ordinal))
            {
                error = $"'{text}': the parameter list is not closed; write e.g. 'M:System.IO.File.ReadAllText(System.String)'";
                return false;
            }

            parameters = body.Substring(paren);
            body = body.Substring(0, paren);
        }

        if (body.Length == 0 || body.StartsWith(".", StringComparison.Ordinal) || body.EndsWith(".", StringComparison.Ordinal) || body.Contains(".."))
        {
            error = $"'{text}' has an empty name part; write a dotted name such as 'T:System.DateTime'";
            return false;
        }

        error = null;
        id = new DocumentationId(text, prefix, body, parameters);
        return true;
    }

    /// <summary>
    /// True when a symbol's declaration ID (as Roslyn's DocumentationCommentId produces it) is this ID,
    /// or an overload of it when no parameters were given.
    /// </summary>
    public bool MatchesDeclarationId(string declarationId)
    {
        if (declarationId.Length < 2 || declarationId[0] != Prefix)
        {
            return false;
        }

        if (Parameters is not null)
        {
            // Roslyn may append "~ReturnType" (conversion operators, some metadata methods); bans are
            // written without it.
            var tilde = declarationId.LastIndexOf('~');
            return string.Equals(declarationId, Text, StringComparison.Ordinal)
                || (tilde == Text.Length && string.CompareOrdinal(declarationId, 0, Text, 0, tilde) == 0);
        }

        // "M:N.T.Foo(System.String)" and "M:N.T.Foo``1(...)" are overloads of "M:N.T.Foo".
        var nameLength = declarationId.Length - 2;
        var paren = declarationId.IndexOf('(');
        if (paren >= 0)
        {
            nameLength = paren - 2;
        }

        var tick = declarationId.IndexOf("``", 2, StringComparison.Ordinal);
        if (tick >= 0 && tick - 2 < nameLength)
        {
            nameLength = tick - 2;
        }

        return nameLength == Name.Length && string.CompareOrdinal(declarationId, 2, Name, 0, nameLength) == 0;
    }

    /// <summary>True when a namespace ban covers the dotted <paramref name="namespaceName"/> (itself or below).</summary>
    public bool CoversNamespace(string namespaceName) =>
        IsNamespace && (string.Equals(namespaceName, Name, StringComparison.Ordinal)
            || (namespaceName.Length > Name.Length && namespaceName[Name.Length] == '.' && namespaceName.StartsWith(Name, StringComparison.Ordinal)));

    public override string ToString() => Text;
}
