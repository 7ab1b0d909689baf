using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>The documents a Fix All covers (document, project or solution), for providers that plan the whole scope first.</summary>
internal static class FixAllDocuments
{
    public static IReadOnlyList<Document> InScope(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document when context.Document is not null => [context.Document],
        FixAllScope.Project => context.Project.Documents.ToList(),
        FixAllScope.Solution => context.Solution.Projects.SelectMany(p => p.Documents).ToList(),
        _ => [],
    };
}
