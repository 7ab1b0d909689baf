using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Which written names can stand for a type a source type's rules may flag, decided from the name's text, so the
/// type-name judgement (<see cref="DependencySyntax"/>) binds only those (binding every name was the analyzer's main cost: most names in a body are locals,
/// members, framework types and types no rule forbids this source to use). The types a text can name are the types of
/// that simple name under the rules' target prefixes, in referenced assemblies (collected once per prefix set) and in
/// this compilation (looked up once per name); the name is bound when the judge (the source's verdicts) says one of
/// them may be reported, or when the text is a <c>using</c> alias (the one way to write a type under another name).
/// Per compilation.
/// </summary>
internal sealed class WrittenTypeNames
{
    private static readonly INamedTypeSymbol[] NoTypes = [];
    private readonly ConcurrentDictionary<string, TargetNames> byPrefixes = PerCompilation.Cache<string, TargetNames>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Dictionary<string, List<INamedTypeSymbol>>> byPrefix = PerCompilation.Cache<string, Dictionary<string, List<INamedTypeSymbol>>>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, INamedTypeSymbol[]> declaredByName = PerCompilation.Cache<string, INamedTypeSymbol[]>(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<SyntaxTree, HashSet<string>> aliasesByTree = PerCompilation.Cache<SyntaxTree, HashSet<string>>(EqualityComparer<SyntaxTree>.Default);
    private readonly Compilation compilation;
    private readonly Func<INamedTypeSymbol, string> fullNameOf;
    private readonly Func<string, Dictionary<string, List<INamedTypeSymbol>>> referencedTypesUnder;

    // The lookups run for every written name: their factories are created once, not per call (a method group or a
    // lambda that uses the instance is a new delegate each time it is passed).
    private readonly Func<string, INamedTypeSymbol[]> declaredTypesNamed;
    private readonly Func<SyntaxTree, HashSet<string>> collectAliases;
    private HashSet<string>? globalAliases;

    public WrittenTypeNames(Compilation compilation, Func<INamedTypeSymbol, string> fullNameOf)
    {
        this.compilation = compilation;
        this.fullNameOf = fullNameOf;
        referencedTypesUnder = ReferencedTypesUnder;
        declaredTypesNamed = DeclaredTypesNamed;
        collectAliases = AliasesOf;
    }

    /// <summary>The types that can be flagged under one of <paramref name="prefixes"/> (full-name prefixes, whole segments).</summary>
    public TargetNames For(IReadOnlyList<string> prefixes)
    {
        var key = string.Join("|", prefixes);
        return byPrefixes.TryGetValue(key, out var known) ? known : byPrefixes.GetOrAdd(key, new TargetNames(prefixes, ReferencedTypes(prefixes)));
    }

    /// <summary>
    /// Whether the name node may bind to a type the judge may report for <paramref name="source"/>: one of the named
    /// types under the prefixes, or anything (<c>var</c>, an alias).
    /// </summary>
    public bool MayName(TargetNames names, SyntaxNode node, ITargetJudge judge, SourcePlan plan, INamedTypeSymbol source)
    {
        switch (node)
        {
            case IdentifierNameSyntax { IsVar: true }:
                return true;
            case PredefinedTypeSyntax predefined:
                return MetadataNameOf(predefined.Keyword.Kind()) is not { } metadataName || MayReport(names, metadataName, judge, plan, source);
            case SimpleNameSyntax simple:
                var text = simple.Identifier.ValueText;
                return MayReport(names, text, judge, plan, source)
                    || text switch { "nint" => MayReport(names, "IntPtr", judge, plan, source), "nuint" => MayReport(names, "UIntPtr", judge, plan, source), _ => false }
                    || (DependencySyntax.IsAttributeName(simple) && MayReport(names, text + "Attribute", judge, plan, source))
                    || AliasesIn(node.SyntaxTree).Contains(text);
            default:
                return true;
        }
    }

    private bool MayReport(TargetNames names, string name, ITargetJudge judge, SourcePlan plan, INamedTypeSymbol source)
    {
        if (names.Referenced.TryGetValue(name, out var referenced))
        {
            foreach (var type in referenced)
            {
                if (judge.MayReport(plan, source, type))
                {
                    return true;
                }
            }
        }

        // The compilation's own type names say cheaply which names need the declaration table at all.
        if (!compilation.Assembly.TypeNames.Contains(name))
        {
            return false;
        }

        foreach (var type in declaredByName.GetOrAdd(name, declaredTypesNamed))
        {
            if (HasPrefix(fullNameOf(type), names.Prefixes) && judge.MayReport(plan, source, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The types of this simple name declared in the compilation, nested ones included.</summary>
    private INamedTypeSymbol[] DeclaredTypesNamed(string name)
    {
        List<INamedTypeSymbol>? types = null;
        foreach (var symbol in compilation.GetSymbolsWithName(name, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol type)
            {
                (types ??= []).Add(type);
            }
        }

        return types?.ToArray() ?? NoTypes;
    }

    /// <summary>The full name is at or below a prefix (whole segments: <c>Shop.Domain</c> is not below <c>Shop.Dom</c>).</summary>
    private static bool HasPrefix(string fullName, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (DottedName.IsAtOrUnder(fullName, prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Alias names in scope anywhere in the tree: its own <c>using X = …;</c> (any namespace) and every global alias.</summary>
    private HashSet<string> AliasesIn(SyntaxTree tree) => aliasesByTree.GetOrAdd(tree, collectAliases);

    private HashSet<string> AliasesOf(SyntaxTree tree)
    {
        var global = GlobalAliases();
        var aliases = new HashSet<string>(StringComparer.Ordinal);
        if (tree.GetRoot() is CompilationUnitSyntax unit)
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
    }

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

    /// <summary>
    /// The referenced assemblies' types whose full name has one of the prefixes (nested ones included), by simple name
    /// (no arity). Each prefix is collected once per compilation and shared by every prefix set that has it: with many
    /// rules, sources differ in their sets, not in their prefixes.
    /// </summary>
    private Dictionary<string, List<INamedTypeSymbol>> ReferencedTypes(IReadOnlyList<string> prefixes)
    {
        if (prefixes.Count == 1)
        {
            return byPrefix.GetOrAdd(prefixes[0], referencedTypesUnder);
        }

        var union = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        foreach (var prefix in prefixes)
        {
            foreach (var pair in byPrefix.GetOrAdd(prefix, referencedTypesUnder))
            {
                if (!union.TryGetValue(pair.Key, out var types))
                {
                    union.Add(pair.Key, types = []);
                }

                types.AddRange(pair.Value);
            }
        }

        return union;
    }

    /// <summary>
    /// The referenced types under one prefix (whole segments: a namespace, or a type for a <c>T:</c> ban). The
    /// compilation's merged namespaces are followed down the prefix's segments, so only the namespaces it names are
    /// touched; below them only the referenced assemblies' parts are walked (this compilation's own types are looked up
    /// by name instead, so none is created here).
    /// </summary>
    private Dictionary<string, List<INamedTypeSymbol>> ReferencedTypesUnder(string prefix)
    {
        var names = new Dictionary<string, List<INamedTypeSymbol>>(StringComparer.Ordinal);
        var own = compilation.Assembly;

        // A referenced project's top-level Program is named into its root namespace (RoslynTypeModel): kept when that name is under the prefix.
        foreach (var program in compilation.GlobalNamespace.GetTypeMembers("Program"))
        {
            if (!IsOwn(program) && HasPrefix(fullNameOf(program), [prefix]))
            {
                AddWithNested(program);
            }
        }

        var segments = prefix.TrimEnd('.').Split('.');
        Descend(compilation.GlobalNamespace, 0);
        return names;

        void Descend(INamespaceSymbol ns, int index)
        {
            if (index == segments.Length)
            {
                foreach (var part in ns.ConstituentNamespaces)
                {
                    if (!SymbolEqualityComparer.Default.Equals(part.ContainingAssembly, own))
                    {
                        AddAll(part);
                    }
                }

                return;
            }

            var segment = segments[index];
            var tick = segment.IndexOf('`');
            foreach (var member in ns.GetMembers(tick < 0 ? segment : segment.Substring(0, tick)))
            {
                switch (member)
                {
                    case INamespaceSymbol inner:
                        Descend(inner, index + 1);
                        break;
                    case INamedTypeSymbol type when !IsOwn(type) && type.MetadataName == segment:
                        DescendType(type, index + 1);
                        break;
                }
            }
        }

        void DescendType(INamedTypeSymbol type, int index)
        {
            if (index == segments.Length)
            {
                AddWithNested(type);
                return;
            }

            foreach (var nested in type.GetTypeMembers())
            {
                if (nested.MetadataName == segments[index])
                {
                    DescendType(nested, index + 1);
                }
            }
        }

        void AddAll(INamespaceSymbol ns)
        {
            foreach (var type in ns.GetTypeMembers())
            {
                AddWithNested(type);
            }

            foreach (var inner in ns.GetNamespaceMembers())
            {
                AddAll(inner);
            }
        }

        void AddWithNested(INamedTypeSymbol type)
        {
            if (!names.TryGetValue(type.Name, out var types))
            {
                types = [];
                names.Add(type.Name, types);
            }

            types.Add(type);
            foreach (var nested in type.GetTypeMembers())
            {
                AddWithNested(nested);
            }
        }

        bool IsOwn(ISymbol symbol) => SymbolEqualityComparer.Default.Equals(symbol.ContainingAssembly, own);
    }

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

/// <summary>The target prefixes of some rules and the referenced types under them, by simple name (<see cref="WrittenTypeNames.For"/>).</summary>
internal sealed class TargetNames(IReadOnlyList<string> prefixes, Dictionary<string, List<INamedTypeSymbol>> referenced)
{
    public IReadOnlyList<string> Prefixes { get; } = prefixes;

    public Dictionary<string, List<INamedTypeSymbol>> Referenced { get; } = referenced;
}

/// <summary>Says whether a reference from a source type to a type may be reported (its verdict, bans): the <see cref="ReferenceChecker"/>.</summary>
internal interface ITargetJudge
{
    bool MayReport(SourcePlan plan, INamedTypeSymbol source, INamedTypeSymbol target);
}
