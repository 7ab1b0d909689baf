using System.Collections.Generic;

namespace TechLead.Cli.Initializing;

/// <summary>
/// Everything <c>techlead init</c> would do, decided before anything is written: the files, what is
/// already in place, and notes for the user (existing ADRs left alone, a package source mapping extended).
/// </summary>
internal sealed class InitPlan
{
    public InitPlan(string root, string adrDirectory, IReadOnlyList<PlannedFile> files, IReadOnlyList<string> alreadyDone, IReadOnlyList<string> notes, IReadOnlyList<string> warnings, string nextAdrId)
    {
        Root = root;
        AdrDirectory = adrDirectory;
        Files = files;
        AlreadyDone = alreadyDone;
        Notes = notes;
        Warnings = warnings;
        NextAdrId = nextAdrId;
    }

    /// <summary>The repository folder init works in.</summary>
    public string Root { get; }

    public string AdrDirectory { get; }

    /// <summary>Edits of existing files first, then new files: a file that cannot be replaced fails before anything new appears.</summary>
    public IReadOnlyList<PlannedFile> Files { get; }

    /// <summary>What was found in place, one line each ("Directory.Build.props already references TechLead.Analyzers").</summary>
    public IReadOnlyList<string> AlreadyDone { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>What works on this machine only (a feed folder outside the repository), printed on every run.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>The id <c>techlead adr new</c> will give the team's next decision (for the printed next steps).</summary>
    public string NextAdrId { get; }

    public bool IsEmpty => Files.Count == 0;
}
