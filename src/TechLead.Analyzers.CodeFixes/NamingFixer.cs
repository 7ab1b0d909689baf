using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// TL0201: renames the type (and every reference to it) when the naming pattern is a literal suffix or prefix
/// requirement; see <see cref="NamingPatternCompletion"/>. Fix All renames one type after another and skips a rename
/// whose new name is taken (<see cref="RenameInTurnFixAllProvider"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NamingFixer))]
[Shared]
public sealed class NamingFixer : CodeFixProvider
{
    internal const string EquivalenceKey = "TechLead.RenameToPattern";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.NamingViolation];

    // The batch fixer merges text edits and would garble renames that touch the same references: renames run in turn.
    public override FixAllProvider GetFixAllProvider() => RenameInTurnFixAllProvider.Types;

    public override Task RegisterCodeFixesAsync(CodeFixContext context) =>
        RenameToPattern.RegisterAsync(context, (root, model, diagnostic, ct) => Plan(root, model, diagnostic, ct) is { } plan ? (plan.Type, plan.NewName) : null, EquivalenceKey);

    /// <summary>The type a TL0201 is about and the name its pattern asks for, or null when no single literal completes it.</summary>
    internal static (INamedTypeSymbol Type, string NewName)? Plan(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.NamingPattern, out var pattern) || pattern is null
            || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is not { } declaration
            || model.GetDeclaredSymbol(declaration, cancellationToken) is not INamedTypeSymbol type
            || NamingPatternCompletion.Suggest(type.Name, pattern) is not { } newName
            || !SyntaxFacts.IsValidIdentifier(newName))
        {
            return null;
        }

        return (type, newName);
    }
}
