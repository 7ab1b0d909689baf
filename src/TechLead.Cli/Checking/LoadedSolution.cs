using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Checking;

/// <summary>
/// A solution or project opened with MSBuildWorkspace, as <c>check</c> opens it: restored first, the same
/// one-line error when a project does not load, and only the target's own C# projects. Commands that look at the
/// code more than once (infer) keep it open; the workspace caches each project's compilation.
/// </summary>
internal sealed class LoadedSolution : IDisposable
{
    private readonly MSBuildWorkspace workspace;
    private readonly ICheckProgress progress;
    private readonly HashSet<ProjectId> warned = [];

    private LoadedSolution(MSBuildWorkspace workspace, IReadOnlyList<Project> projects, string? sdkNote, ICheckProgress progress)
    {
        this.workspace = workspace;
        this.progress = progress;
        Projects = projects;
        SdkNote = sdkNote;
    }

    /// <summary>The C# projects under the target's folder, by name.</summary>
    public IReadOnlyList<Project> Projects { get; }

    /// <summary>
    /// Set when a <c>global.json</c> pins an SDK this machine does not have and the installed one read the code instead
    /// (rules/0049): "global.json pins .NET SDK 8.0.100, which is not installed: read with the installed SDK 10.0.401".
    /// </summary>
    public string? SdkNote { get; }

    public static async Task<LoadedSolution> OpenAsync(string targetPath, bool restore, bool verbose, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var workspace = MSBuildWorkspace.Create();
        try
        {
            var failures = new List<string>();
            WorkspaceFailures.Observe(workspace, diagnostic =>
            {
                var message = diagnostic.Message.ReplaceLineEndings(" ");
                if (verbose)
                {
                    progress.Log($"techlead: msbuild: {message}");
                }

                if (diagnostic.Kind == WorkspaceDiagnosticKind.Failure)
                {
                    failures.Add(message);
                }
            });

            // A pinned SDK this machine lacks stops every SDK command in the target's folder: the installed one restores
            // and loads it instead, and the caller says so (the shim is needed only while the projects load).
            string? sdkNote;
            Solution solution;
            using (var fallback = InstalledSdkFallback.For([targetPath]))
            {
                sdkNote = fallback.Note(targetPath, path => PathDisplay.Relative(path));
                if (restore)
                {
                    progress.Report($"Restoring {Path.GetFileName(targetPath)}");
                    await DotnetRestore.RunAsync(targetPath, cancellationToken, fallback.RestoreSdkDirectory(targetPath)).ConfigureAwait(false);
                }

                progress.Report($"Loading {Path.GetFileName(targetPath)}");
                solution = await OpenAsync(workspace, targetPath, cancellationToken).ConfigureAwait(false);
            }

            var projects = OwnProjects(solution, targetPath);
            var fatal = LoadFailures.Fatal(failures, projects);
            if (fatal.Count > 0 || projects.Count == 0)
            {
                var summary = LoadFailures.Summary(PathDisplay.Relative(targetPath), fatal, verbose);
                throw new BadInputException(sdkNote is null ? summary : $"{summary} ({sdkNote})");
            }

            return new LoadedSolution(workspace, projects, sdkNote, progress);
        }
        catch
        {
            workspace.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Compiler errors make the picture incomplete: said once per project, however often it is analyzed. Returns the
    /// errors the first time (infer names them in what it writes), none after.
    /// </summary>
    public IReadOnlyList<Diagnostic> WarnAboutCompilerErrorsOnce(Project project, Compilation compilation)
    {
        if (!warned.Add(project.Id))
        {
            return [];
        }

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            progress.Log($"techlead: warning: {project.Name} has {errors.Count} compiler error(s); violations in code that does not compile may be missed (restore and build it first)");
        }

        return errors;
    }

    public void Dispose() => workspace.Dispose();

    /// <summary>
    /// The C# projects that belong to the target: those under its folder. Projects it merely references
    /// from elsewhere (a tool's source tree, a shared library checkout) are loaded for their types but are
    /// not checked against this repository's ADRs.
    /// </summary>
    private static List<Project> OwnProjects(Solution solution, string targetPath)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(targetPath))! + Path.DirectorySeparatorChar;
        return solution.Projects
            .Where(p => p.Language == LanguageNames.CSharp && p.FilePath is not null && Path.GetFullPath(p.FilePath).StartsWith(root, StringComparison.Ordinal))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
    }

    private static async Task<Solution> OpenAsync(MSBuildWorkspace workspace, string path, CancellationToken cancellationToken)
    {
        try
        {
            return Path.GetExtension(path).Equals(".csproj", StringComparison.OrdinalIgnoreCase)
                ? (await workspace.OpenProjectAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false)).Solution
                : await workspace.OpenSolutionAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // whatever MSBuild throws for a file it cannot read (InvalidProjectFileException, ...) is bad input
        catch (Exception e) when (e is not OperationCanceledException)
#pragma warning restore CA1031
        {
            throw new BadInputException($"{PathDisplay.Relative(path)} did not load: {e.Message}", e);
        }
    }
}
