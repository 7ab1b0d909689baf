using System;
using System.IO;

namespace TechLead.Testing;

/// <summary>
/// Locates this repository from a test's output folder, wherever it was cloned. One file, compiled
/// into every test project (tests/Directory.Build.props), so all tests agree on where the root is.
/// </summary>
internal static class RepoPaths
{
    private const string SolutionFileName = "TechLead.sln";

    private static readonly Lazy<string> LazyRoot = new(() => FindRoot(AppContext.BaseDirectory));

    /// <summary>The folder holding <c>TechLead.sln</c>.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary><c>samples/Shop</c>: the sample with deliberate violations.</summary>
    public static string ShopSample => Path.Combine(Root, "samples", "Shop");

    /// <summary>The project that packs the <c>TechLead.Analyzers</c> nupkg.</summary>
    public static string AnalyzerPackageProject =>
        Path.Combine(Root, "src", "TechLead.Analyzers.Package", "TechLead.Analyzers.Package.csproj");

    /// <summary>A path below the repository root, from its segments (<c>"docs", "diagnostics"</c>).</summary>
    public static string Combine(params string[] segments) => Path.Combine([Root, .. segments]);

    /// <summary>The nearest folder at or above <paramref name="startDirectory"/> that holds <c>TechLead.sln</c>.</summary>
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
