using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// The documents a Fix All covers (document, project or solution) and their diagnostics, for the providers that plan
/// the whole scope first and then make one change (the baseline written once, renames in a safe order).
/// </summary>
internal static class FixAllDocuments
{
    /// <summary>The scopes such a provider supports: all three, since it plans the scope as a whole.</summary>
    public static IEnumerable<FixAllScope> Scopes { get; } = [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public static IReadOnlyList<Document> InScope(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is not null => [context.Document],
        FixAllScope.Project => context.Project.Documents.ToList(),
        FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents).ToList(),
        _ => [],
    };

    /// <summary>Each document in scope with the diagnostics of the fixed ID in it, in the scope's order.</summary>
    public static async Task<IReadOnlyList<(Document Document, ImmutableArray<Diagnostic> Diagnostics)>> WithDiagnosticsAsync(FixAllContext context)
    {
        var found = new List<(Document, ImmutableArray<Diagnostic>)>();
        foreach (var document in InScope(context))
        {
            found.Add((document, await context.GetDocumentDiagnosticsAsync(document).ConfigureAwait(false)));
        }

        return found;
    }
}
