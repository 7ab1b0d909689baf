using System;
using Microsoft.CodeAnalysis;

namespace TechLead.Analyzers.Symbols;

/// <summary>The type a reference belongs to (docs/dependency-forms.md, "Source type").</summary>
internal static class SourceTypes
{
    /// <summary>
    /// The innermost named type around <paramref name="containing"/>, where a C# 14 <c>extension(...)</c> block counts as
    /// its static class: the block is no type the user names, and compiled code has its members on the class.
    /// </summary>
    public static INamedTypeSymbol? Of(ISymbol? containing)
    {
        var type = containing as INamedTypeSymbol ?? containing?.ContainingType;
        while (type is { ContainingType: { } owner } && IsExtensionBlock(type))
        {
            type = owner;
        }

        return type;
    }

    /// <summary>An extension block: the compiler names it (<c>&lt;G&gt;$…</c>, <c>&lt;M&gt;$…</c>); no C# type name starts with '&lt;'.</summary>
    private static bool IsExtensionBlock(INamedTypeSymbol type) => type.MetadataName.StartsWith("<", StringComparison.Ordinal);
}
