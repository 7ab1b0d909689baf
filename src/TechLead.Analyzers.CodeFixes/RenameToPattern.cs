using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Rename;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// What the fixes that rename a symbol to the name its rule's pattern asks for share (<see cref="NamingFixer"/> for
/// types, <see cref="MemberRenameFixer"/> for members): one rename action per diagnostic the fixer's plan accepts, and
/// the rename itself (also used by <see cref="RenameInTurnFixAllProvider"/>).
/// </summary>
internal static class RenameToPattern
{
    public delegate (ISymbol Symbol, string NewName)? Planner(SyntaxNode root, SemanticModel model, Diagnostic diagnostic, CancellationToken cancellationToken);

    public static async Task RegisterAsync(CodeFixContext context, Planner plan, string equivalenceKey)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null || model is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            if (plan(root, model, diagnostic, context.CancellationToken) is not { } rename)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create($"Rename '{rename.Symbol.Name}' to '{rename.NewName}'", ct => RenameAsync(context.Document.Project.Solution, rename.Symbol, rename.NewName, ct), equivalenceKey),
                diagnostic);
        }
    }

    public static Task<Solution> RenameAsync(Solution solution, ISymbol symbol, string newName, CancellationToken cancellationToken) =>
        Renamer.RenameSymbolAsync(solution, symbol, new SymbolRenameOptions(RenameOverloads: false, RenameInStrings: false, RenameInComments: true, RenameFile: false), newName, cancellationToken);
}
