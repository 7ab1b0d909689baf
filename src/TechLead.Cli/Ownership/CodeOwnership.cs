using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Ownership;

namespace TechLead.Cli.Ownership;

/// <summary>
/// The repository's CODEOWNERS file, found and read once per check (rules/0024): the first of
/// <see cref="CodeOwners.Locations"/> that exists in the folder that holds <c>docs/</c>, else in the git work
/// tree's top (the nearest folder above it that holds <c>.git</c>, where GitHub and GitLab read it). Its
/// patterns are relative to the folder it was found in.
/// </summary>
internal sealed class CodeOwnership
{
    /// <summary>What reports and history lines call code no CODEOWNERS line owns, and an ADR without <c>owners</c>.</summary>
    public const string Unowned = "(unowned)";

    /// <summary>A larger file is not read (a CODEOWNERS file is a few KiB; GitHub itself stops at 3 MB).</summary>
    private const long MaxBytes = 3 * 1024 * 1024;

    private readonly CodeOwners owners;

    private CodeOwnership(string root, string? path, CodeOwners owners, IReadOnlyList<string> warnings)
    {
        Root = root;
        Path = path;
        this.owners = owners;
        Warnings = warnings;
    }

    /// <summary>The folder the patterns are relative to.</summary>
    public string Root { get; }

    /// <summary>The CODEOWNERS file that was read (absolute), or null when the repository has none.</summary>
    public string? Path { get; }

    /// <summary>Lines of the file that were skipped, as <c>file:line: message</c>.</summary>
    public IReadOnlyList<string> Warnings { get; }

    /// <summary>Finds and reads the file for the repository whose ADRs live under <paramref name="repositoryRoot"/>; never throws for a bad file.</summary>
    public static CodeOwnership Load(string repositoryRoot)
    {
        var roots = new[] { repositoryRoot, GitTopLevel(repositoryRoot) ?? repositoryRoot }.Select(System.IO.Path.GetFullPath).Distinct(StringComparer.Ordinal);
        var found = roots.SelectMany(r => CodeOwners.Locations.Select(l => (Root: r, Path: System.IO.Path.Combine(r, l)))).FirstOrDefault(c => File.Exists(c.Path));
        if (found.Path is null)
        {
            return new CodeOwnership(repositoryRoot, null, CodeOwners.None, []);
        }

        var (root, path) = found;

        var display = PathDisplay.ForwardSlashRelative(path, root);
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                return new CodeOwnership(root, path, CodeOwners.None, [$"{display}: larger than 3 MiB, not read; nobody owns any code"]);
            }

            var parsed = CodeOwners.Parse(File.ReadAllText(path));
            return new CodeOwnership(root, path, parsed, parsed.Problems.Select(p => $"{display}:{p.Line}: {p.Message}").ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CodeOwnership(root, path, CodeOwners.None, [$"{display}: could not be read ({e.Message}); nobody owns any code"]);
        }
    }

    /// <summary>The code owners of a file (absolute path); empty outside <see cref="Root"/> or when no line owns it.</summary>
    public IReadOnlyList<string> OwnersOf(string file)
    {
        if (string.IsNullOrEmpty(file) || !System.IO.Path.IsPathRooted(file))
        {
            return [];
        }

        var relative = PathDisplay.ForwardSlashRelative(file, Root);
        return relative.StartsWith("../", StringComparison.Ordinal) || relative == ".." || System.IO.Path.IsPathRooted(relative)
            ? []
            : owners.OwnersOf(relative);
    }

    private static string? GitTopLevel(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            var git = System.IO.Path.Combine(current.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return current.FullName;
            }
        }

        return null;
    }
}
