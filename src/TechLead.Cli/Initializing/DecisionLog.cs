using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Cli.Adrs;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Initializing;

/// <summary>
/// Plans the ADR folder: the one the package props and the CLI find (the first docs/adr at or above the
/// repository), else a new docs/adr; a first ADR about recording decisions unless the team has one; an index
/// page unless the folder has one. Existing ADRs are read, never changed.
/// </summary>
internal static class DecisionLog
{
    private static readonly Regex LeadingNumber = new(@"^(adr[-_ ]?)?\d+[-_.:)]?\s*", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));

    /// <summary>Where other tools and teams keep ADRs (MADR's docs/decisions, adr-tools' doc/adr...), relative to the repository.</summary>
    private static readonly string[] OtherAdrFolders =
    [
        "docs/decisions", "docs/architecture/decisions", "docs/architecture-decisions", "docs/adrs", "docs/architecture/adr",
        "doc/adr", "doc/decisions", "doc/architecture/decisions", "adr", "adrs", "decisions", "architecture/decisions",
    ];

    /// <summary>Adds the planned files; returns the ADR folder and the id the team's next decision gets.</summary>
    public static (string AdrDirectory, string NextAdrId) Plan(string root, DateOnly today, List<PlannedFile> files, List<string> alreadyDone, List<string> notes)
    {
        var found = AdrDirectoryLocator.FindUpward(root);
        if (found is null && OtherAdrFolders.Select(f => Path.Combine(root, f)).FirstOrDefault(HoldsMarkdown) is { } elsewhere)
        {
            // A second ADR folder beside the team's would split the log; TechLead reads docs/adr (rules/0018).
            var relative = PathDisplay.ForwardSlashRelative(elsewhere, root);
            throw new BadInputException($"{relative} already holds ADRs, but TechLead reads them from docs/adr: move them (git mv {relative} docs/adr) and run techlead init again");
        }

        var adrDirectory = found ?? Path.Combine(root, "docs", "adr");
        var folder = PathDisplay.ForwardSlashRelative(adrDirectory, RepositoryLayout.RepositoryRootOf(adrDirectory));
        var repository = found is null ? null : AdrRepository.Load(found);
        var documents = repository?.Set.Documents ?? [];
        var entries = documents.Select(d => new AdrIndexPage.Entry(
            PathDisplay.ForwardSlashRelative(d.Path, adrDirectory), d.Id, d.Title, HasFrontMatter(repository!.TextOf(d)) ? AdrNames.Of(d.Status) : string.Empty)).ToList();
        var number = AdrNumbering.Next(adrDirectory, repository?.Set);

        if (documents.FirstOrDefault(RecordsDecisions) is { } existing)
        {
            alreadyDone.Add($"{PathDisplay.Relative(existing.Path)} already records the decision to keep ADRs");
        }
        else
        {
            var path = Path.Combine(adrDirectory, AdrTemplate.FileName(number, FirstAdr.Title));
            var id = AdrTemplate.Id(number);
            files.Add(new PlannedFile(path, null, FirstAdr.Render(id, folder, today)));
            entries.Add(new AdrIndexPage.Entry(Path.GetFileName(path), id, FirstAdr.Title, AdrNames.Of(AdrStatus.Accepted)));
            var prose = documents.Count(d => !HasFrontMatter(repository!.TextOf(d)));
            if (prose > 0)
            {
                notes.Add($"{PathDisplay.Relative(adrDirectory)} holds {prose} ADR(s) without front matter; they stay as they are (TechLead lists them as prose-only ADRs), and the new one takes the next free number, {id}");
            }

            number++;
        }

        if (FindIndex(adrDirectory) is { } index)
        {
            alreadyDone.Add($"{PathDisplay.Relative(index)} is the ADR index");
        }
        else
        {
            files.Add(new PlannedFile(Path.Combine(adrDirectory, AdrIndexPage.FileName), null, AdrIndexPage.Render(entries.OrderBy(e => e.RelativePath, StringComparer.Ordinal).ToList())));
        }

        return (adrDirectory, AdrTemplate.Id(number));
    }

    /// <summary>The team's own "record architecture decisions" ADR (adr-tools and MADR start with one), by title or file name.</summary>
    private static bool RecordsDecisions(AdrDocument document)
    {
        static string Normalized(string text) => LeadingNumber.Replace(text.Trim(), string.Empty).Replace('-', ' ').Trim().ToLowerInvariant();
        var wanted = FirstAdr.Title.ToLowerInvariant();
        return Normalized(document.Title) == wanted || Normalized(Path.GetFileNameWithoutExtension(document.Path)) == wanted;
    }

    private static bool HoldsMarkdown(string directory) =>
        Directory.Exists(directory) && Directory.EnumerateFiles(directory, "*.md").Any(f => Path.GetFileName(f).ToLowerInvariant() is not ("readme.md" or "index.md"));

    private static bool HasFrontMatter(string text) => text.TrimStart('\uFEFF').Split('\n', 2)[0].TrimEnd() == "---";

    private static string? FindIndex(string adrDirectory) =>
        Directory.Exists(adrDirectory)
            ? Directory.EnumerateFiles(adrDirectory).FirstOrDefault(f => Path.GetFileName(f).ToLowerInvariant() is "readme.md" or "index.md")
            : null;
}
