using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Checking;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Finds the architecture test files under an import scope and the project of each (the nearest <c>.csproj</c> above
/// it), and loads those projects so their files are read with the semantic model. Whatever does not load (no project
/// file, no SDK, a failed restore, a broken project) is read from its syntax, and the reason is kept: never an error.
/// </summary>
internal static class TestProjectLoader
{
    public static async Task<SemanticCode> LoadAsync(ImportScope scope, bool restore, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var code = new SemanticCode();

        // A test project is one with a file or a project file that names a test library (global usings live in one file);
        // every C# file of it under the scope is read with its model.
        var folders = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var projectOf = scope.Files.Where(IsCSharp).ToDictionary(f => f, f => ProjectOf(f, scope, folders), StringComparer.Ordinal);
        var testProjects = TestFiles(scope).Select(f => projectOf[f])
            .Concat(scope.Files.Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && NamesATestLibrary(f)))
            .ToHashSet(StringComparer.Ordinal);
        var byProject = projectOf.Where(p => testProjects.Contains(p.Value) && (p.Value.Length > 0 || NamesATestLibrary(p.Key)))
            .GroupBy(p => p.Value, p => p.Key, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        foreach (var loose in byProject.Where(g => g.Key.Length == 0).SelectMany(g => g))
        {
            var why = WhyNoProject(loose, scope);
            code.AddSyntaxOnly($"read {scope.Display(loose)} syntax only: {why}", why, [loose]);
        }

        var projects = byProject.Where(g => g.Key.Length > 0).ToList();
        if (projects.Count == 0)
        {
            return code;
        }

        if (!TryRegisterMsBuild(out var noSdk))
        {
            foreach (var project in projects)
            {
                code.AddSyntaxOnly($"read {scope.Display(project.Key)} syntax only: {noSdk}", noSdk, project);
            }

            return code;
        }

        await LoadWithWorkspaceAsync(code, scope, projects, restore, progress, cancellationToken).ConfigureAwait(false);
        return code;
    }

    /// <summary>What <c>--syntax-only</c> says: every test file is read from its syntax, one line if there are any.</summary>
    public static SemanticCode SyntaxOnly(ImportScope scope, string reason) =>
        SemanticCode.SyntaxOnly(reason, TestFiles(scope).Count > 0 ? $"read the architecture tests syntax only: {reason}" : null);

    /// <summary>The C# files that use NetArchTest or ArchUnitNET (a text test; the importers decide from the syntax).</summary>
    public static IReadOnlyList<string> TestFiles(ImportScope scope) => scope.Files.Where(f => IsCSharp(f) && NamesATestLibrary(f)).ToList();

    private static bool IsCSharp(string path) => path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase);

    private static bool NamesATestLibrary(string path) =>
        SourceFile.TryRead(path, out var text, out _) && (text.Contains("NetArchTest", StringComparison.Ordinal) || text.Contains("ArchUnitNET", StringComparison.Ordinal));

    // The project of a file, looked for up to the repository (or import) root: a test project's folder may lie above the imported one.
    private static string ProjectOf(string file, ImportScope scope, Dictionary<string, string[]> folders) =>
        ProjectFile.Nearest(file, scope.DisplayRoot ?? scope.Root, folders) ?? string.Empty;

    // "No project file" only when there is none: several in the nearest folder is another reason, with their names.
    private static string WhyNoProject(string file, ImportScope scope)
    {
        var projects = ProjectFile.NearestFolderProjects(file, scope.DisplayRoot ?? scope.Root);
        return projects.Count == 0
            ? "no project file (.csproj) at or above it"
            : $"{projects.Count} project files in {scope.Display(Path.GetDirectoryName(projects[0])!)} ({string.Join(", ", projects.Select(Path.GetFileName))}): which one compiles it is unknown";
    }

    private static bool TryRegisterMsBuild(out string whyNot)
    {
        try
        {
            MsBuildRegistration.EnsureRegistered();
            whyNot = string.Empty;
            return true;
        }
#pragma warning disable CA1031 // no SDK (or none MSBuildLocator accepts) is a reason to read syntax, whatever the locator throws
        catch (Exception e)
#pragma warning restore CA1031
        {
            whyNot = "no .NET SDK to load the project with (" + e.Message.ReplaceLineEndings(" ") + ")";
            return false;
        }
    }

    /// <summary>Kept out of line so MSBuild types are resolved only after the locator has registered.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Task LoadWithWorkspaceAsync(SemanticCode code, ImportScope scope, List<IGrouping<string, string>> projects, bool restore, ICheckProgress progress, CancellationToken cancellationToken) =>
        TestProjectWorkspace.LoadAsync(code, scope, projects, restore, progress, cancellationToken);
}
