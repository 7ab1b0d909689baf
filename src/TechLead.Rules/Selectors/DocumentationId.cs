using System;

namespace TechLead.Rules.Selectors;

/// <summary>
/// A documentation-comment ID (<c>T:System.DateTime</c>, <c>M:System.IO.File.ReadAllText(System.String)</c>,
/// <c>N:System.Net</c>, <c>M:System.Decimal.op_Implicit(System.Int32)~System.Decimal</c>). A method ID
/// without parameters bans every overload, one with an empty list <c>()</c> only the overload without
/// parameters (as BannedApiAnalyzers reads both); a <c>~ReturnType</c> narrows a method ID to the overloads
/// returning that type (how the C# spec tells conversion operators apart).
/// </summary>
public sealed class DocumentationId
{
    private DocumentationId(string text, char prefix, string name, string? parameters, string? returnType)
    {
        Text = text;
        Prefix = prefix;
        Name = name;
        Parameters = parameters;
        ReturnType = returnType;
        nameHasArity = name.IndexOf("``", StringComparison.Ordinal) >= 0;
    }

    private readonly bool nameHasArity;

    /// <summary>As written.</summary>
    public string Text { get; }

    /// <summary>N, T, M, P, F or E.</summary>
    public char Prefix { get; }

    /// <summary>The dotted name after the prefix, without the parameter list and return type.</summary>
    public string Name { get; }

    /// <summary>The parenthesised parameter list, or null when every overload is meant.</summary>
    public string? Parameters { get; }

    /// <summary>The type after <c>~</c> (<c>System.Decimal</c>), or null when any return type is meant.</summary>
    public string? ReturnType { get; }

    public bool IsNamespace => Prefix == 'N';

    /// <summary>A <c>T:</c> ID: it bans the type and the types nested in it.</summary>
    public bool IsType => Prefix == 'T';

    /// <summary>An <c>M:</c>, <c>P:</c>, <c>F:</c> or <c>E:</c> ID.</summary>
    public bool IsMember => Prefix is not ('T' or 'N');

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
        string? returnType = null;
        var tilde = body.IndexOf('~');
        if (tilde >= 0)
        {
            if (prefix != 'M')
            {
                error = $"'{text}': only methods carry a '~ReturnType'; write e.g. 'M:System.Decimal.op_Implicit(System.Int32)~System.Decimal'";
                return false;
            }

            returnType = body.Substring(tilde + 1);
            body = body.Substring(0, tilde);
            if (returnType.Length == 0 || returnType.StartsWith(".", StringComparison.Ordinal) || returnType.EndsWith(".", StringComparison.Ordinal) || returnType.Contains("~"))
            {
                error = $"'{text}': the return type after '~' is empty or malformed; write e.g. 'M:System.Decimal.op_Implicit(System.Int32)~System.Decimal'";
                return false;
            }
        }

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
        id = new DocumentationId(text, prefix, body, parameters, returnType);
        return true;
    }

    /// <summary>
    /// True when a symbol's declaration ID (as Roslyn's DocumentationCommentId produces it, with or without
    /// the <c>~ReturnType</c> suffix) is this ID, or an overload of it when no parameters were given.
    /// A ban with a return type matches only declaration IDs that carry the same one.
    /// </summary>
    public bool MatchesDeclarationId(string declarationId)
    {
        if (declarationId.Length < 2 || declarationId[0] != Prefix || declarationId[1] != ':')
        {
            return false;
        }

        var tilde = Prefix == 'M' ? declarationId.IndexOf('~') : -1;
        var coreLength = tilde < 0 ? declarationId.Length : tilde;
        if (ReturnType is not null
            && (tilde < 0 || declarationId.Length - tilde - 1 != ReturnType.Length || string.CompareOrdinal(declarationId, tilde + 1, ReturnType, 0, ReturnType.Length) != 0))
        {
            return false;
        }

        if (Parameters == "()")
        {
            // Declaration IDs omit an empty parameter list: "M:N.T.Go()" is the overload without parameters, "M:N.T.Go".
            return coreLength == 2 + Name.Length && string.CompareOrdinal(declarationId, 2, Name, 0, Name.Length) == 0;
        }

        if (Parameters is not null)
        {
            // "P:N.T.Item(System.Int32)": prefix, name and parameters exactly, whatever follows '~'.
            return coreLength == 2 + Name.Length + Parameters.Length
                && string.CompareOrdinal(declarationId, 2, Name, 0, Name.Length) == 0
                && string.CompareOrdinal(declarationId, 2 + Name.Length, Parameters, 0, Parameters.Length) == 0;
        }

        // "M:N.T.Foo(System.String)" and "M:N.T.Foo``1(...)" are overloads of "M:N.T.Foo".
        return OverloadNameLength(declarationId, coreLength, stopAtArity: !nameHasArity) == Name.Length && string.CompareOrdinal(declarationId, 2, Name, 0, Name.Length) == 0;
    }

    /// <summary>True when a namespace ban covers the dotted <paramref name="namespaceName"/> (itself or below).</summary>
    public bool CoversNamespace(string namespaceName) =>
        IsNamespace && DottedName.IsAtOrUnder(namespaceName, Name);

    /// <summary>
    /// True when this <c>T:</c> or <c>N:</c> ban covers a type, given by its full name and namespace
    /// (see <see cref="ITypeModel{TType}"/>): a type ban covers the type and its nested types, a namespace
    /// ban every type in the namespace and below.
    /// </summary>
    public bool CoversType(string fullName, string @namespace) => Prefix switch
    {
        'N' => CoversNamespace(@namespace),
        'T' => TypeFamily.IsTypeOrNestedIn(fullName, @namespace, Name),
        _ => false,
    };

    public override string ToString() => Text;

    /// <summary>The length of the member name in <c>M:N.T.Foo``1(...)~R</c> up to its generic arity or parameters.</summary>
    private static int OverloadNameLength(string declarationId, int coreLength, bool stopAtArity)
    {
        var end = coreLength;
        var paren = declarationId.IndexOf('(', 2);
        if (paren >= 0 && paren < end)
        {
            end = paren;
        }

        var tick = stopAtArity ? declarationId.IndexOf("``", 2, StringComparison.Ordinal) : -1;
        if (tick >= 0 && tick < end)
        {
            end = tick;
        }

        return end - 2;
    }
}
