using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// Fix All for a rename to match a pattern (and so what <c>dotnet format analyzers</c> applies): plans every rename on
/// the solution as it was, then renames one symbol after another, finding each again by its doc-comment ID. The batch
/// fixer would merge text edits and garble renames that touch the same references. A rename whose new name is already
/// taken is skipped (the diagnostic stays), never merged into a clash.
/// </summary>
internal sealed class RenameInTurnFixAllProvider : FixAllProvider
{
    /// <summary>TL0201: types. Nested types first: renaming an outer type first would change the IDs of the types inside it.</summary>
    public static readonly RenameInTurnFixAllProvider Types = new(
        (root, model, diagnostic, ct) => NamingFixer.Plan(root, model, diagnostic, ct) is { } plan ? (plan.Type, plan.NewName) : null,
        (symbol, newName) => symbol is not INamedTypeSymbol type || IsTypeNameTaken(type, newName),
        innermostFirst: true,
        "type(s) to match their naming patterns",
        NamingFixer.EquivalenceKey);

    /// <summary>TL0207: members; a new name already declared in the member's type is taken.</summary>
    public static readonly RenameInTurnFixAllProvider Members = new(
        MemberRenameFixer.Plan,
        (member, newName) => !member.ContainingType.GetMembers(newName).IsEmpty,
        innermostFirst: false,
        "member(s) to match their patterns",
        MemberRenameFixer.EquivalenceKey);

    private readonly Func<SyntaxNode, SemanticModel, Diagnostic, CancellationToken, (ISymbol Symbol, string NewName)?> plan;
    private readonly Func<ISymbol, string, bool> isTaken;
    private readonly bool innermostFirst;
    private readonly string renamed;
    private readonly string equivalenceKey;

    private RenameInTurnFixAllProvider(
        Func<SyntaxNode, SemanticModel, Diagnostic, CancellationToken, (ISymbol Symbol, string NewName)?> plan,
        Func<ISymbol, string, bool> isTaken,
        bool innermostFirst,
        string renamed,
        string equivalenceKey)
    {
        this.plan = plan;
        this.isTaken = isTaken;
        this.innermostFirst = innermostFirst;
        this.renamed = renamed;
        this.equivalenceKey = equivalenceKey;
    }

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => FixAllDocuments.Scopes;

    public override async Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        var renames = new Dictionary<string, (ProjectId Project, string NewName)>(StringComparer.Ordinal);
        foreach (var (document, diagnostics) in await FixAllDocuments.WithDiagnosticsAsync(fixAllContext).ConfigureAwait(false))
        {
            if (diagnostics.IsEmpty
                || await document.GetSyntaxRootAsync(fixAllContext.CancellationToken).ConfigureAwait(false) is not { } root
                || await document.GetSemanticModelAsync(fixAllContext.CancellationToken).ConfigureAwait(false) is not { } model)
            {
                continue;
            }

            foreach (var diagnostic in diagnostics)
            {
                if (plan(root, model, diagnostic, fixAllContext.CancellationToken) is { } planned
                    && DocumentationCommentId.CreateDeclarationId(planned.Symbol) is { } symbolId
                    && !renames.ContainsKey(symbolId))
                {
                    renames.Add(symbolId, (document.Project.Id, planned.NewName));
                }
            }
        }

        if (renames.Count == 0)
        {
            return null;
        }

        var solution = fixAllContext.Solution;
        var ordered = (innermostFirst ? renames.OrderByDescending(r => r.Key.Length).ThenBy(r => r.Key, StringComparer.Ordinal) : renames.OrderBy(r => r.Key, StringComparer.Ordinal))
            .Select(r => (r.Key, r.Value.Project, r.Value.NewName))
            .ToList();
        return CodeAction.Create($"Rename {ordered.Count} {renamed}", ct => RenameAllAsync(solution, ordered, ct), equivalenceKey);
    }

    private async Task<Solution> RenameAllAsync(Solution solution, List<(string SymbolId, ProjectId Project, string NewName)> renames, CancellationToken cancellationToken)
    {
        foreach (var (symbolId, projectId, newName) in renames)
        {
            if (solution.GetProject(projectId) is not { } project
                || await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation
                || DocumentationCommentId.GetFirstSymbolForDeclarationId(symbolId, compilation) is not { } symbol
                || isTaken(symbol, newName))
            {
                continue;
            }

            solution = await RenameToPattern.RenameAsync(solution, symbol, newName, cancellationToken).ConfigureAwait(false);
        }

        return solution;
    }

    private static bool IsTypeNameTaken(INamedTypeSymbol type, string newName) =>
        type.ContainingType is { } outer ? !outer.GetMembers(newName).IsEmpty : type.ContainingNamespace.GetMembers(newName).Any();
}
