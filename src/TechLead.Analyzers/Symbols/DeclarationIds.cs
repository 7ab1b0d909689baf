using Microsoft.CodeAnalysis;

namespace TechLead.Analyzers.Symbols;

/// <summary>Doc-comment IDs of declared symbols, as the C# spec writes them (and the baseline and the fitness engines key by).</summary>
internal static class DeclarationIds
{
    /// <summary>
    /// <see cref="DocumentationCommentId.CreateDeclarationId"/> without the <c>~ReturnType</c> Roslyn appends to every
    /// method that returns a value; the C# spec keeps it for conversion operators only.
    /// </summary>
    public static string Of(ISymbol symbol)
    {
        var id = DocumentationCommentId.CreateDeclarationId(symbol) ?? string.Empty;
        if (symbol is IMethodSymbol { MethodKind: not MethodKind.Conversion })
        {
            var tilde = id.IndexOf('~');
            if (tilde > 0)
            {
                id = id.Substring(0, tilde);
            }
        }

        return id;
    }
}
