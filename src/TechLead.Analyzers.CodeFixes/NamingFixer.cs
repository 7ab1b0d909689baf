using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Rename;
using TechLead.Rules;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// TL0201: renames the type (and every reference to it) when the naming pattern is a literal suffix or prefix
/// requirement; see <see cref="NamingPatternCompletion"/>. Renames are one type at a time: no Fix All.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(NamingFixer))]
[Shared]
public sealed class NamingFixer : CodeFixProvider
{
    private const string EquivalenceKey = "TechLead.RenameToPattern";

    public override ImmutableArray<string> FixableDiagnosticIds { get; } = [DiagnosticIds.NamingViolation];

    // A rename changes the whole solution and may collide with another: each one is a deliberate step.
    public override FixAllProvider? GetFixAllProvider() => null;

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticProperties.NamingPattern, out var pattern) || pattern is null
                || root.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<BaseTypeDeclarationSyntax>() is not { } declaration
                || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } type
                || NamingPatternCompletion.Suggest(type.Name, pattern) is not { } newName
                || !SyntaxFacts.IsValidIdentifier(newName))
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Rename '{type.Name}' to '{newName}'", ct => RenameAsync(context.Document.Project.Solution, type, newName, ct), EquivalenceKey),
                diagnostic);
        }
    }

    private static Task<Solution> RenameAsync(Solution solution, ISymbol type, string newName, CancellationToken cancellationToken) =>
        Renamer.RenameSymbolAsync(solution, type, new SymbolRenameOptions(RenameOverloads: false, RenameInStrings: false, RenameInComments: true, RenameFile: false), newName, cancellationToken);
}
