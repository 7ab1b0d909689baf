using System;
using System.IO;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>Locates the repository from the test binaries, wherever it was cloned.</summary>
internal static class RepoPaths
{
    private const string SolutionFileName = "TechLead.sln";

    private static readonly Lazy<string> LazyRoot = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The directory holding <c>TechLead.sln</c>, found by walking up from the test assembly.</summary>
    public static string Root => LazyRoot.Value;

    public static string AnalyzerPackageProject =>
        Path.Combine(Root, "src", "TechLead.Analyzers.Package", "TechLead.Analyzers.Package.csproj");

    public static string FindRoot(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No {SolutionFileName} in '{startDirectory}' or any directory above it.");
    }
}
