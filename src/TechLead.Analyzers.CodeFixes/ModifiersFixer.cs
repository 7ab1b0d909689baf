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
/// TL0204: adds the modifiers the ADR requires (<c>sealed</c>, <c>static</c>, <c>abstract</c>) and changes the
/// type's accessibility (<c>internal</c>, <c>public</c>), on every partial declaration that needs it, for every
/// requirement the diagnostic lists in one action. A requirement whose change cannot compile as is (a sealed
/// abstract class, a static class with instance members) is left out, and so is <c>immutable</c>, which needs a
/// design decision; with nothing left, no fix is offered.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ModifiersFixer))]
[Shared]
public sealed class ModifiersFixer : CodeFixProvider
{
    // One key for every TL0204 fix: Fix All applies each type's own requirements.
    private const string EquivalenceKey = "TechLead.Modifiers";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.ModifierViolation];

    // One fix per type, confined to that type's modifier lists: independent fixes merge cleanly.
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
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.Requirements, out var listed) || listed is null
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is not { } declaration
                || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type
                || Applicable(type, listed) is not { Count: > 0 } requirements)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Make '{type.Name}' {Enumerate(requirements)}",
                    ct => ApplyAsync(context.Document.Project.Solution, type, requirements, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    /// <summary>
    /// The listed requirements this fix can apply, in a compiling order: <c>static</c> already makes a class
    /// unextendable (so <c>sealed</c> is dropped beside it), and a class cannot be both sealed and abstract.
    /// </summary>
    private static List<string> Applicable(INamedTypeSymbol type, string listed)
    {
        var requirements = listed.Split(',').Select(r => r.Trim()).Where(r => CanApply(type, r)).Distinct().ToList();
        if (requirements.Contains("static"))
        {
            requirements.Remove("sealed");
            requirements.Remove("abstract");
        }

        if (requirements.Contains("sealed") && requirements.Contains("abstract"))
        {
            requirements.Remove("sealed");
            requirements.Remove("abstract");
        }

        return requirements;
    }

    /// <summary><c>sealed</c>, <c>sealed and internal</c>, <c>static, sealed and public</c>.</summary>
    private static string Enumerate(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[items.Count - 1];

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

    private static async Task<Solution> ApplyAsync(Solution solution, INamedTypeSymbol type, IReadOnlyList<string> requirements, CancellationToken cancellationToken)
    {
        var declarations = new List<SyntaxNode>();
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            declarations.Add(await reference.GetSyntaxAsync(cancellationToken).ConfigureAwait(false));
        }

        // Per declaration, the requirements it receives, so one node is replaced once with all of them.
        var changes = new Dictionary<SyntaxNode, List<string>>();
        foreach (var requirement in requirements)
        {
            foreach (var declaration in Changing(declarations, requirement))
            {
                if (!changes.TryGetValue(declaration, out var list))
                {
                    changes.Add(declaration, list = []);
                }

                list.Add(requirement);
            }
        }

        var editor = new SolutionEditor(solution);
        foreach (var change in changes)
        {
            var (declaration, applied) = (change.Key, change.Value);
            if (solution.GetDocument(declaration.SyntaxTree) is { } document)
            {
                var documentEditor = await editor.GetDocumentEditorAsync(document.Id, cancellationToken).ConfigureAwait(false);
                documentEditor.ReplaceNode(declaration, (current, generator) => applied.Aggregate(current, (node, requirement) => Apply(node, generator, requirement)));
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
