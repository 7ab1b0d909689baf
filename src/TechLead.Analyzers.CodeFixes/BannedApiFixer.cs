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
using Microsoft.CodeAnalysis.Simplification;
using TechLead.Rules;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// TL0101: replaces a banned member with the ADR's <c>use-instead</c> member when the swap keeps the code's shape —
/// a property or field for a property or field, a method for a method, static for static. A member of the same type
/// only changes its name (<c>DateTime.Now</c> → <c>DateTime.UtcNow</c>); a static member of another type replaces
/// the whole member access (<c>File.ReadAllText(p)</c> → <c>Storage.ReadText(p)</c>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(BannedApiFixer))]
[Shared]
public sealed class BannedApiFixer : CodeFixProvider
{
    // One key for every replacement: Fix All (and dotnet format, which fixes only through a Fix All keyed by the
    // first diagnostic's fix) then applies each banned member's own use-instead in one go.
    internal const string EquivalenceKey = "TechLead.UseInstead";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.BannedApi];

    // Each fix touches only the reference it was offered on, so independent fixes merge cleanly.
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
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.UseInstead, out var useInstead)
                || !MemberReference.TryParse(useInstead, out var reference)
                || FindReplacement(root, model, diagnostic, reference!, context.CancellationToken) is not { } replacement)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    $"Use '{replacement.Member.ContainingType.Name}.{replacement.Member.Name}' instead",
                    ct => ReplaceAsync(context.Document, replacement, ct),
                    EquivalenceKey),
                diagnostic);
        }
    }

    private static Replacement? FindReplacement(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, MemberReference reference, CancellationToken cancellationToken)
    {
        if (FindReferencedName(root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true)) is not { } name)
        {
            return null;
        }

        var banned = model.GetSymbolInfo(name, cancellationToken).Symbol;
        if (banned is not (IPropertySymbol or IFieldSymbol or IMethodSymbol) || banned.ContainingType is null)
        {
            return null;
        }

        var bannedIsValue = banned is not IMethodSymbol;
        var candidates = reference.Resolve(model.Compilation)
            .Where(m => reference.IsValue == bannedIsValue && m.IsStatic == banned.IsStatic && !SymbolEqualityComparer.Default.Equals(m, banned.OriginalDefinition))
            .ToArray();
        if (candidates.Length == 0)
        {
            return null;
        }

        var member = candidates[0];
        var sameType = SymbolEqualityComparer.Default.Equals(member.ContainingType.OriginalDefinition, banned.ContainingType.OriginalDefinition);
        if (sameType)
        {
            return new Replacement(name, member, QualifyWithType: false);
        }

        // Another type: only static members can be reached without an instance, and only a non-generic type can be named plainly.
        return member.IsStatic && !member.ContainingType.IsGenericType && model.IsAccessible(name.SpanStart, member)
            ? new Replacement(name, member, QualifyWithType: true)
            : null;
    }

    /// <summary>The simple name that references the banned member: the name itself, or the name part of a member access.</summary>
    private static SimpleNameSyntax? FindReferencedName(SyntaxNode node) => node switch
    {
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax access } => access.Name,
        InvocationExpressionSyntax { Expression: SimpleNameSyntax simple } => simple,
        SimpleNameSyntax simple => simple,
        _ => null,
    };

    private static async Task<Document> ReplaceAsync(Document document, Replacement replacement, CancellationToken cancellationToken)
    {
        var editor = await DocumentEditor.CreateAsync(document, cancellationToken).ConfigureAwait(false);
        var name = replacement.Name;
        var newName = SyntaxFactory.IdentifierName(replacement.Member.Name).WithTriviaFrom(name);
        SimpleNameSyntax renamed = name is GenericNameSyntax generic ? generic.WithIdentifier(SyntaxFactory.Identifier(replacement.Member.Name).WithTriviaFrom(generic.Identifier)) : newName;

        if (!replacement.QualifyWithType)
        {
            editor.ReplaceNode(name, renamed);
            return editor.GetChangedDocument();
        }

        var type = ((ExpressionSyntax)editor.Generator.TypeExpression(replacement.Member.ContainingType))
            .WithAdditionalAnnotations(Simplifier.Annotation, Simplifier.AddImportsAnnotation);
        var qualified = SyntaxFactory.MemberAccessExpression(SyntaxKind.SimpleMemberAccessExpression, type, renamed.WithoutTrivia());
        SyntaxNode replaced = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : name;
        editor.ReplaceNode(replaced, qualified.WithTriviaFrom(replaced));
        return editor.GetChangedDocument();
    }

    private sealed record Replacement(SimpleNameSyntax Name, ISymbol Member, bool QualifyWithType);
}
