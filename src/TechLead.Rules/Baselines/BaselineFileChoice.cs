using System;
using System.Collections.Generic;

namespace TechLead.Rules.Baselines;

/// <summary>
/// Which file is the baseline (rules/0027). The analyzer and the "Add to baseline" code fix both ask this with what
/// the compiler hands them (additional files with their metadata, <c>$(TechLeadBaseline)</c>), so the fix edits the
/// file the analyzer reads; <c>techlead</c> and the fitness library take an explicit path or the default one.
/// </summary>
public static class BaselineFileChoice
{
    /// <summary>The <c>TechLeadKind</c> metadata value that marks the baseline.</summary>
    public const string BaselineKind = "baseline";

    /// <summary>The <c>TechLeadKind</c> metadata value that marks an ADR: such a file is never the baseline.</summary>
    public const string AdrKind = "adr";

    /// <summary>
    /// The index of the baseline among <paramref name="files"/>, or -1 when none is: the file at
    /// <paramref name="configuredPath"/> (<c>$(TechLeadBaseline)</c>), else the first marked <c>TechLeadKind=baseline</c>,
    /// else the first named <c>techlead.baseline.json</c>. A file marked <c>TechLeadKind=adr</c> is never chosen.
    /// </summary>
    public static int Choose(IReadOnlyList<BaselineCandidate> files, string? configuredPath)
    {
        if (files is null)
        {
            throw new ArgumentNullException(nameof(files));
        }

        var configured = string.IsNullOrWhiteSpace(configuredPath) ? null : configuredPath!.Trim();
        var marked = -1;
        var named = -1;
        for (var index = 0; index < files.Count; index++)
        {
            var file = files[index];
            if (IsKind(file, AdrKind))
            {
                continue;
            }

            if (configured is not null && SamePath(file.Path, configured))
            {
                return index;
            }

            if (marked < 0 && IsKind(file, BaselineKind))
            {
                marked = index;
            }

            if (named < 0 && string.Equals(FileName(file.Path), RepositoryLayout.BaselineFileName, StringComparison.OrdinalIgnoreCase))
            {
                named = index;
            }
        }

        return marked >= 0 ? marked : named;
    }

    /// <summary>
    /// Where the baseline is (or a new one goes) when no file was handed over: <paramref name="configuredPath"/>
    /// (<c>$(TechLeadBaseline)</c>, <c>--baseline</c>) when given, else <c>techlead.baseline.json</c> in <paramref name="folder"/>
    /// (the repository root: the folder that holds <c>docs/</c>).
    /// </summary>
    public static string PathOf(string? configuredPath, string folder) =>
        string.IsNullOrWhiteSpace(configuredPath) ? RepositoryLayout.DefaultBaselinePath(folder) : configuredPath!.Trim();

    /// <summary>Paths name the same file: either slash; letter case ignored where the file system does (Windows).</summary>
    public static bool SamePath(string left, string right) =>
        string.Equals(
            left.Replace('\\', '/'),
            right.Replace('\\', '/'),
            System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static bool IsKind(BaselineCandidate file, string kind) => string.Equals(file.Kind, kind, StringComparison.OrdinalIgnoreCase);

    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
