using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using TechLead.Rules.Baselines;

namespace TechLead.Analyzers.CodeFixes;

/// <summary>
/// Adds violations to the baseline in the solution model only (never on disk): each key's entry gets its count raised
/// by the number of violations added, or is created with that count. Projects that share one baseline file get one
/// combined edit, applied to every additional document in the solution at that path, so they all agree.
/// </summary>
internal static class BaselineEdit
{
    public static string Today() => BaselineDate.Of(DateTimeOffset.UtcNow);

    public static async Task<Solution> AddAsync(Solution solution, IEnumerable<(ProjectId Project, BaselineKey Key)> violations, string today, CancellationToken cancellationToken)
    {
        var targets = new Dictionary<string, (List<BaselineDocument> Documents, List<BaselineKey> Keys)>(StringComparer.Ordinal);
        foreach (var byProject in violations.GroupBy(v => v.Project))
        {
            if (solution.GetProject(byProject.Key) is not { } project)
            {
                continue;
            }

            var document = BaselineDocument.Find(project);
            if (!targets.TryGetValue(document.Path, out var target))
            {
                target = ([], []);
                targets.Add(document.Path, target);
            }

            target.Documents.Add(document);
            target.Keys.AddRange(byProject.Select(v => v.Key));
        }

        foreach (var pair in targets.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var (path, target) = (pair.Key, pair.Value);
            var source = target.Documents.FirstOrDefault(d => d.Existing is not null) ?? target.Documents[0];
            if (await source.ReadAsync(cancellationToken).ConfigureAwait(false) is not { } content)
            {
                continue;
            }

            var text = SourceText.From(BaselineWriter.Write(BaselineEdits.Raise(content.Entries, target.Keys, today), content.NewLine), content.Encoding);
            solution = Write(solution, path, target.Documents, text);
        }

        return solution;
    }

    /// <summary>True when the key's entry exists but has expired: re-adding it would extend a deadline someone set.</summary>
    public static bool IsExpired(BaselineContent content, BaselineKey key, string today) =>
        content.Entries.Any(e => e.Key == key && e.IsExpired(today));

    private static Solution Write(Solution solution, string path, List<BaselineDocument> documents, SourceText text)
    {
        var updated = new HashSet<ProjectId>();
        foreach (var project in solution.Projects)
        {
            foreach (var existing in project.AdditionalDocuments.Where(d => d.FilePath == path))
            {
                solution = solution.WithAdditionalDocumentText(existing.Id, text);
                updated.Add(project.Id);
            }
        }

        foreach (var document in documents.Where(d => !updated.Contains(d.Project.Id)))
        {
            solution = solution.AddAdditionalDocument(DocumentId.CreateNewId(document.Project.Id), BaselineDocument.FileName, text, filePath: document.Path);
        }

        return solution;
    }
}
