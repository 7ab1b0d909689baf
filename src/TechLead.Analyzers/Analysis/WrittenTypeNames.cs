using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Which written names can stand for a type that a source type's rules may flag, decided from the name's text alone,
/// so the type-name action binds only those (binding every name was the analyzer's main cost: most names in a body are
/// locals, members and framework types no rule is about). A name can matter when a type of that name lies under one
/// of the rules' target prefixes, in a referenced assembly or in this compilation, or when it is a <c>using</c> alias
/// (an alias is the one way to write a type under another name). Per compilation.
/// </summary>
internal sealed class WrittenTypeNames(Compilation compilation, Func<INamedTypeSymbol, string> fullNameOf)
{
    private readonly ConcurrentDictionary<string, TargetNames> byPrefixes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, HashSet<string>> aliasesByTree = new();
    private HashSet<string>? globalAliases;

    /// <summary>The names that can reach a type under one of <paramref name="prefixes"/> (full-name prefixes, whole segments).</summary>
    public TargetNames For(IReadOnlyList<string> prefixes)
    {
        var key = string.Join("|", prefixes);
        return byPrefixes.GetOrAdd(key, _ => new TargetNames(ReferencedTypeNames(prefixes), compilation.Assembly.TypeNames, name => IsDeclaredUnder(name, prefixes)));
    }

    /// <summary>Whether a type of this simple name is declared in the compilation under one of the prefixes (nested ones included).</summary>
    private bool IsDeclaredUnder(string name, IReadOnlyList<string> prefixes)
    {
        foreach (var symbol in compilation.GetSymbolsWithName(name, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol type && HasPrefix(fullNameOf(type), prefixes))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The full name is at or below a prefix (whole segments: <c>Shop.Domain</c> is not below <c>Shop.Dom</c>).</summary>
    private static bool HasPrefix(string fullName, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            var length = prefix.EndsWith(".", StringComparison.Ordinal) ? prefix.Length - 1 : prefix.Length;
            if (fullName.Length >= length && string.CompareOrdinal(fullName, 0, prefix, 0, length) == 0
                && (fullName.Length == length || fullName[length] == '.'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the name node may bind to a type the names were collected for.</summary>
    public bool MayName(TargetNames names, SyntaxNode node)
    {
        switch (node)
        {
            case PredefinedTypeSyntax predefined:
                return MetadataNameOf(predefined.Keyword.Kind()) is not { } metadataName || names.Contains(metadataName);
            case SimpleNameSyntax simple:
                var text = simple.Identifier.ValueText;
                return names.Contains(text)
                    || text switch { "nint" => names.Contains("IntPtr"), "nuint" => names.Contains("UIntPtr"), _ => false }
                    || (IsAttributeName(simple) && names.Contains(text + "Attribute"))
                    || AliasesIn(node.SyntaxTree).Contains(text);
            default:
                return true;
        }
    }

    /// <summary>Alias names in scope anywhere in the tree: its own <c>using X = …;</c> (any namespace) and every global alias.</summary>
    private HashSet<string> AliasesIn(SyntaxTree tree) => aliasesByTree.GetOrAdd(tree, t =>
    {
        var global = GlobalAliases();
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        if (t.GetRoot() is CompilationUnitSyntax unit)
        {
            CollectAliases(unit.Usings, unit.Members, aliases);
        }

        // Most files declare no alias of their own: they share the global set.
        if (aliases.Count == 0)
        {
            return global;
        }

        aliases.UnionWith(global);
        return aliases;
    });

    private HashSet<string> GlobalAliases()
    {
        if (globalAliases is { } known)
        {
            return known;
        }

        var aliases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            if (tree.GetRoot() is CompilationUnitSyntax unit)
            {
                foreach (var directive in unit.Usings)
                {
                    if (directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && directive.Alias is { } alias)
                    {
                        aliases.Add(alias.Name.Identifier.ValueText);
                    }
                }
            }
        }

        return globalAliases = aliases;
    }

    private static void CollectAliases(SyntaxList<UsingDirectiveSyntax> usings, SyntaxList<MemberDeclarationSyntax> members, HashSet<string> aliases)
    {
        foreach (var directive in usings)
        {
            if (directive.Alias is { } alias)
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }

        foreach (var member in members)
        {
            if (member is BaseNamespaceDeclarationSyntax ns)
            {
                CollectAliases(ns.Usings, ns.Members, aliases);
            }
        }
    }

    /// <summary>Simple names (no arity) of the referenced assemblies' types, nested ones included, whose full name has one of the prefixes.</summary>
    private HashSet<string> ReferencedTypeNames(IReadOnlyList<string> prefixes)
    {
        var wanted = new List<string>(prefixes.Count);
        foreach (var prefix in prefixes)
        {
            wanted.Add(prefix.EndsWith(".", StringComparison.Ordinal) ? prefix : prefix + ".");
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            Walk(assembly.GlobalNamespace, string.Empty);
        }

        return names;

        void Walk(INamespaceOrTypeSymbol container, string fullName)
        {
            // Types in the global namespace are few and may be named into a root namespace (the top-level Program): kept.
            foreach (var type in container.GetTypeMembers())
            {
                var typeName = fullName.Length == 0 ? type.MetadataName : fullName + type.MetadataName;
                if (fullName.Length == 0 || Under(typeName))
                {
                    AddWithNested(type);
                }
                else if (Above(typeName))
                {
                    Walk(type, typeName + ".");
                }
            }

            if (container is INamespaceSymbol ns)
            {
                foreach (var inner in ns.GetNamespaceMembers())
                {
                    var innerName = fullName + inner.Name;
                    if (Under(innerName) || Above(innerName))
                    {
                        Walk(inner, innerName + ".");
                    }
                }
            }
        }

        void AddWithNested(INamedTypeSymbol type)
        {
            names.Add(type.Name);
            foreach (var nested in type.GetTypeMembers())
            {
                AddWithNested(nested);
            }
        }

        // The name (a namespace or type) is at or below a prefix: everything in it counts.
        bool Under(string name)
        {
            foreach (var prefix in wanted)
            {
                if (name.Length + 1 >= prefix.Length && string.CompareOrdinal(name, 0, prefix, 0, prefix.Length - 1) == 0
                    && (name.Length + 1 == prefix.Length || name[prefix.Length - 1] == '.'))
                {
                    return true;
                }
            }

            return false;
        }

        // The name is a proper ancestor of a prefix: something in it may count.
        bool Above(string name)
        {
            foreach (var prefix in wanted)
            {
                if (prefix.Length > name.Length + 1 && prefix.StartsWith(name, StringComparison.Ordinal) && prefix[name.Length] == '.')
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static bool IsAttributeName(SimpleNameSyntax name) =>
        name.Parent is AttributeSyntax || (name.Parent is QualifiedNameSyntax or AliasQualifiedNameSyntax && name.Parent.Parent is AttributeSyntax);

    /// <summary>The metadata name of the type a keyword stands for; null for <c>void</c>-like keywords that name no named type we track.</summary>
    private static string? MetadataNameOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.BoolKeyword => "Boolean",
        SyntaxKind.ByteKeyword => "Byte",
        SyntaxKind.SByteKeyword => "SByte",
        SyntaxKind.ShortKeyword => "Int16",
        SyntaxKind.UShortKeyword => "UInt16",
        SyntaxKind.IntKeyword => "Int32",
        SyntaxKind.UIntKeyword => "UInt32",
        SyntaxKind.LongKeyword => "Int64",
        SyntaxKind.ULongKeyword => "UInt64",
        SyntaxKind.FloatKeyword => "Single",
        SyntaxKind.DoubleKeyword => "Double",
        SyntaxKind.DecimalKeyword => "Decimal",
        SyntaxKind.CharKeyword => "Char",
        SyntaxKind.StringKeyword => "String",
        SyntaxKind.ObjectKeyword => "Object",
        SyntaxKind.VoidKeyword => "Void",
        _ => null,
    };
}

/// <summary>
/// The names of <see cref="WrittenTypeNames.For"/>: referenced types under the prefixes, and types declared in the
/// compilation under them (asked per name, once: the compilation's own type names say cheaply which names to ask about).
/// </summary>
internal sealed class TargetNames(HashSet<string> referenced, ICollection<string> declaredHere, Func<string, bool> isDeclaredUnderPrefixes)
{
    private readonly ConcurrentDictionary<string, bool> declared = new(StringComparer.Ordinal);

    public bool Contains(string name) => referenced.Contains(name) || (declaredHere.Contains(name) && declared.GetOrAdd(name, isDeclaredUnderPrefixes));
}
