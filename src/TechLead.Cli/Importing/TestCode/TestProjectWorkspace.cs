using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The MSBuildWorkspace half of <see cref="TestProjectLoader"/>: restores each test project as <c>check</c> does, opens
/// it with the projects it references (also when the restore failed: the project references still bind), and hands the
/// compilations to <see cref="SemanticCode"/>, which keeps the workspace alive until the import is done. A project that
/// does not load is a reason, never an error.
/// </summary>
internal static class TestProjectWorkspace
{
    public static async Task LoadAsync(SemanticCode code, ImportScope scope, IReadOnlyList<IGrouping<string, string>> projects, bool restore, ICheckProgress progress, CancellationToken cancellationToken)
    {
        // A global.json pinning an SDK this machine lacks stops every SDK command in its folder: the installed SDK
        // restores and loads the project instead, and the reading says so (rules/0049).
        using var fallback = InstalledSdkFallback.For(projects.Select(p => p.Key));
        var workspace = MSBuildWorkspace.Create();
        code.Own(workspace);
        var failures = new List<string>();
        WorkspaceFailures.Observe(workspace, diagnostic =>
        {
            if (diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
            {
                failures.Add(diagnostic.Message.ReplaceLineEndings(" "));
            }
        });

        foreach (var files in projects)
        {
            var path = files.Key;
            var display = scope.Display(path);
            failures.Clear();

            // A failed restore still leaves the project references, which is where the names tests use mostly live: the
            // project is loaded all the same, and what does not bind without the packages is read from the syntax.
            var pinNote = fallback.Note(path, scope.Display);
            var restoreProblem = restore ? await RestoreAsync(path, fallback.RestoreSdkDirectory(path), progress, cancellationToken).ConfigureAwait(false) : null;
            var (project, whyNot) = await OpenAsync(workspace, path, progress, cancellationToken).ConfigureAwait(false);
            if (project is null || project.DocumentIds.Count == 0)
            {
                var reason = Relative(restoreProblem ?? whyNot ?? failures.FirstOrDefault() ?? "it has no C# documents", scope);
                reason = pinNote is null ? reason : $"{pinNote}; {reason}";
                code.AddSyntaxOnly($"read {display} syntax only: it did not load: {reason}", $"{display} did not load: {reason}", files);
                continue;
            }

            progress.Report($"Compiling {Path.GetFileName(path)}");
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                code.AddSyntaxOnly($"read {display} syntax only: it has no compilation", $"{display} has no compilation", files);
                continue;
            }

            var all = new List<Compilation>();
            foreach (var other in project.Solution.Projects.Where(p => p.Language == LanguageNames.CSharp))
            {
                if (await other.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is { } referenced)
                {
                    all.Add(referenced);
                }
            }

            var errors = compilation.GetDiagnostics(cancellationToken).Count(d => d.Severity == DiagnosticSeverity.Error);
            var notes = new List<string>();
            if (pinNote is not null)
            {
                notes.Add(pinNote);
            }

            if (restoreProblem is not null)
            {
                notes.Add(Relative(restoreProblem, scope));
            }

            if (errors > 0)
            {
                notes.Add($"{errors} compiler error(s): names that do not bind are read from the syntax");
            }

            var note = notes.Count == 0 ? string.Empty : " (" + string.Join("; ", notes) + ")";
            code.AddLoaded($"read {display} with the semantic model{note}", $"read with the semantic model of `{display}`{note}", compilation, all, files);
        }
    }

    private static async Task<string?> RestoreAsync(string path, string? sdkDirectory, ICheckProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            progress.Report($"Restoring {Path.GetFileName(path)}");
            await DotnetRestore.RunAsync(path, cancellationToken, sdkDirectory).ConfigureAwait(false);
            return null;
        }
        catch (BadInputException e)
        {
            // DotnetRestore says "<path> did not load: dotnet restore failed: ...": the part after the path.
            var marker = e.Message.IndexOf("dotnet restore failed", StringComparison.Ordinal);
            return marker >= 0 ? e.Message[marker..] : e.Message;
        }
    }

    private static async Task<(Project? Project, string? WhyNot)> OpenAsync(MSBuildWorkspace workspace, string path, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var loaded = workspace.CurrentSolution.Projects.FirstOrDefault(p => p.FilePath is { } file && Path.GetFullPath(file) == path);
        if (loaded is not null)
        {
            return (loaded, null);
        }

        try
        {
            progress.Report($"Loading {Path.GetFileName(path)}");
            return (await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false), null);
        }
#pragma warning disable CA1031 // whatever MSBuild throws for a project it cannot read (InvalidProjectFileException, ...) is a reason to read syntax
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            return (null, e.Message.ReplaceLineEndings(" "));
        }
    }

    // Paths relative to the repository, as everywhere in an ADR, on one line; quoted whole (a reason cut mid-sentence
    // hides what to fix: restore already keeps only its first error).
    private static string Relative(string reason, ImportScope scope)
    {
        var root = Path.GetFullPath(scope.DisplayRoot ?? scope.Root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return reason.Replace(root, string.Empty, StringComparison.Ordinal).ReplaceLineEndings(" ").Trim();
    }
}
