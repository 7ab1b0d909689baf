using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Editing;
using TechLead.Rules;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// TL0204: adds the modifier the ADR requires (<c>sealed</c>, <c>static</c>, <c>abstract</c>) or changes the
/// type's accessibility (<c>internal</c>, <c>public</c>), on every partial declaration that needs it. Not offered
/// when the change cannot compile as is (a sealed abstract class, a static class with instance members) and never
/// for <c>immutable</c>, which needs a design decision.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModifiersFixer))]
[Shared]
public sealed class ModifiersFixer : CodeFixProvider
{
    private const string EquivalenceKeyPrefix = "TechLead.Modifier:";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.ModifierViolation];

    // One fix per type and requirement, confined to that type's modifier lists: independent fixes merge cleanly.
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Requirement, out var requirement) || requirement is null
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is not { } declaration
                || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type
                || !CanApply(type, requirement))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    Title(type, requirement),
                    ct => ApplyAsync(context.Document.Project.Solution, type, requirement, ct),
                    EquivalenceKeyPrefix + requirement),
                diagnostic);
        }
    }

    private static string Title(INamedTypeSymbol type, string requirement) => $"Make '{type.Name}' {requirement}";

    private static bool CanApply(INamedTypeSymbol type, string requirement) => requirement switch
    {
        "sealed" => type.TypeKind == TypeKind.Class && !type.IsSealed && !type.IsAbstract && !type.IsStatic,
        "abstract" => type.TypeKind == TypeKind.Class && !type.IsAbstract && !type.IsSealed && !type.IsStatic,
        "static" => CanBeStatic(type),
        "internal" => type.DeclaredAccessibility != Accessibility.Internal,
        "public" => type.DeclaredAccessibility != Accessibility.Public,
        _ => false,
    };

    /// <summary>A static class can have no instance members, no base class but object, and no interfaces.</summary>
    private static bool CanBeStatic(INamedTypeSymbol type) =>
        type is { TypeKind: TypeKind.Class, IsStatic: false, IsRecord: false, IsAbstract: false }
        && type.BaseType?.SpecialType == SpecialType.System_Object
        && type.Interfaces.IsEmpty
        && type.GetMembers().All(m => m.IsStatic || m.IsImplicitlyDeclared || m is INamedTypeSymbol);

    private static async Task<Solution> ApplyAsync(Solution solution, INamedTypeSymbol type, string requirement, CancellationToken cancellationToken)
    {
        var declarations = new List<SyntaxNode>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            declarations.Add(await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false));
        }

        var editor = new SolutionEditor(solution);
        foreach (var declaration in Changing(declarations, requirement))
        {
            if (solution.GetDocument(declaration.SyntaxTree) is { } document)
            {
                var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
                documentEditor.ReplaceNode(declaration, (current, generator) => Apply(current, generator, requirement));
            }
        }

        return editor.GetChangedSolution();
    }

    /// <summary>
    /// Which partial declarations change: sealed and abstract on one part apply to the whole type, so only the first part
    /// that has modifiers (else the first part); static goes on every part; accessibility must agree on every part that
    /// states one (when none does, it goes on the first). Whichever part was flagged, the edit is the same, so Fix All
    /// merges cleanly.
    /// </summary>
    private static List<SyntaxNode> Changing(List<SyntaxNode> declarations, string requirement)
    {
        switch (requirement)
        {
            case "static":
                return declarations;
            case "internal" or "public":
                var stating = declarations.Where(StatesAccessibility).ToList();
                return stating.Count > 0 ? stating : [declarations[0]];
            default:
                return [declarations.FirstOrDefault(StatesModifiers) ?? declarations[0]];
        }
    }

    private static SyntaxNode Apply(SyntaxNode declaration, SyntaxGenerator generator, string requirement)
    {
        var modifiers = generator.GetModifiers(declaration);
        return requirement switch
        {
            "sealed" => generator.WithModifiers(declaration, modifiers.WithIsSealed(true)),
            "abstract" => generator.WithModifiers(declaration, modifiers.WithIsAbstract(true)),
            "static" => generator.WithModifiers(declaration, modifiers.WithIsStatic(true).WithIsSealed(false).WithIsAbstract(false)),
            "internal" => generator.WithAccessibility(declaration, Accessibility.Internal),
            "public" => generator.WithAccessibility(declaration, Accessibility.Public),
            _ => declaration,
        };
    }

    /// <summary>The first part that has any modifier is where a reader looks for them.</summary>
    private static bool StatesModifiers(SyntaxNode declaration) => declaration is MemberDeclarationSyntax { Modifiers.Count: > 0 };

    private static bool StatesAccessibility(SyntaxNode declaration) =>
        declaration is MemberDeclarationSyntax member && member.Modifiers.Any(m =>
            m.IsKind(SyntaxKind.PublicKeyword) || m.IsKind(SyntaxKind.InternalKeyword) || m.IsKind(SyntaxKind.PrivateKeyword)
            || m.IsKind(SyntaxKind.ProtectedKeyword) || m.IsKind(SyntaxKind.FileKeyword));
}
