using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers.Reporting;
using TechLead.Analyzers.Symbols;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Finds the written type names and <c>using</c> directives of one syntax tree in a single walk (rules/0071). A
/// syntax-node action on every name made the driver walk each declaration's nodes and call back once per identifier;
/// one walk per tree gives <see cref="DependencySyntax"/> the same nodes with the same source types: the innermost type
/// declaration around each (the program type in top-level statements, none at namespace level), and none of the
/// code the driver treats as generated: generated files it skips itself, declarations marked <c>[GeneratedCode]</c>
/// (on themselves or a containing type) are skipped here as it skips them. The members of a type no rule can flag a
/// written name in are not walked, only its nested types.
/// </summary>
internal sealed class DependencyWalk(ReferenceChecker checker, Compilation compilation)
{
    private readonly DependencySyntax syntax = new(checker);
    private readonly INamedTypeSymbol? generatedCodeAttribute = compilation.GetTypeByMetadataName("System.CodeDom.Compiler.GeneratedCodeAttribute");

    public void AnalyzeTree(SemanticModelAnalysisContext context)
    {
        var model = context.SemanticModel;
        var cancellationToken = context.CancellationToken;
        var sink = new SemanticModelSink(context);
        // The editor may ask for diagnostics in a span only (a changed member): nodes outside it are not judged.
        var filter = context.FilterSpan;
        INamedTypeSymbol? program = null;
        // Two lists of references, not a stack of tuples: a generic collection over a tuple has no precompiled code and
        // would be JIT-compiled in every cold compiler (rules/0061).
        var pending = new List<SyntaxNode> { model.SyntaxTree.GetRoot(cancellationToken) };
        var sources = new List<INamedTypeSymbol?> { null };
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var last = pending.Count - 1;
            var node = pending[last];
            var source = sources[last];
            pending.RemoveAt(last);
            sources.RemoveAt(last);
            var kind = node.Kind();
            if (DependencySyntax.IsTypeNameKind(kind))
            {
                if (source is not null)
                {
                    syntax.AnalyzeTypeName(node, source, model, sink, cancellationToken);
                }
            }
            else if (kind == SyntaxKind.UsingDirective)
            {
                syntax.AnalyzeUsing((UsingDirectiveSyntax)node, model, sink, cancellationToken);
                continue;
            }

            switch (node)
            {
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    var type = model.GetDeclaredSymbol(node, cancellationToken) as INamedTypeSymbol;
                    if (IsMarkedGenerated(type))
                    {
                        continue;
                    }

                    source = SourceTypes.Of(type);
                    if (source is null || !checker.MayFlagWrittenNames(source))
                    {
                        // No name in this type's own syntax can be reported: only its nested types, judged by their own rules.
                        foreach (var nested in NestedTypesOf(node))
                        {
                            pending.Add(nested);
                            sources.Add(null);
                        }

                        continue;
                    }

                    break;
                case BaseNamespaceDeclarationSyntax:
                    source = null;
                    break;
                case GlobalStatementSyntax:
                    source = program ??= SourceTypes.Of(model.GetEnclosingSymbol(node.SpanStart, cancellationToken));
                    break;
                case MemberDeclarationSyntax or AccessorDeclarationSyntax when IsMarkedGenerated(DeclaredMember(node, model, cancellationToken)):
                    // The driver skips a generated member's own nodes, but accessors are declarations of their own (the
                    // getter of `=> value` too): it judges those by their own attributes.
                    foreach (var accessor in AccessorsOf(node))
                    {
                        pending.Add(accessor);
                        sources.Add(source);
                    }

                    continue;
            }

            // Pushed last to first, so that nodes are judged in the order they are written.
            var children = node.ChildNodesAndTokens();
            for (var i = children.Count - 1; i >= 0; i--)
            {
                if (children[i].AsNode() is { } child && (filter is not { } span || span.IntersectsWith(child.FullSpan)))
                {
                    pending.Add(child);
                    sources.Add(source);
                }
            }
        }
    }

    private static IEnumerable<SyntaxNode> NestedTypesOf(SyntaxNode type)
    {
        if (type is TypeDeclarationSyntax declaration)
        {
            foreach (var member in declaration.Members)
            {
                if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax)
                {
                    yield return member;
                }
            }
        }
    }

    private static IEnumerable<SyntaxNode> AccessorsOf(SyntaxNode member) => member switch
    {
        PropertyDeclarationSyntax { ExpressionBody: { } getter } => [getter],
        IndexerDeclarationSyntax { ExpressionBody: { } getter } => [getter],
        BasePropertyDeclarationSyntax { AccessorList: { } accessors } => accessors.Accessors,
        _ => [],
    };

    /// <summary>The symbol a member declaration declares (a field or event field: its first variable, as they share attributes).</summary>
    private static ISymbol? DeclaredMember(SyntaxNode node, SemanticModel model, System.Threading.CancellationToken cancellationToken) => node switch
    {
        BaseFieldDeclarationSyntax field => field.Declaration.Variables.Count > 0 ? model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken) : null,
        _ => model.GetDeclaredSymbol(node, cancellationToken),
    };

    /// <summary>
    /// Whether the declaration carries <c>[GeneratedCode]</c> itself (its containing types were judged on the way in): the
    /// driver then does not analyze it, since this analyzer does not analyze generated code.
    /// </summary>
    private bool IsMarkedGenerated(ISymbol? symbol)
    {
        if (symbol is null || generatedCodeAttribute is null)
        {
            return false;
        }

        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, generatedCodeAttribute))
            {
                return true;
            }
        }

        return false;
    }
}
