using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.LocalFeed;

/// <summary>
/// A throwaway repository that consumes the locally packed <c>TechLead.Analyzers</c>: <c>docs/adr</c> at its root,
/// one project in <c>src/App</c>, and a <c>NuGet.Config</c> pointing at the test feed. Empty <c>Directory.Build.*</c>
/// and <c>Directory.Packages.props</c> files stop MSBuild from importing anything found above the temp folder.
/// </summary>
internal sealed class ConsumerRepository : IDisposable
{
    public const string ProjectDirectory = "src/App";
    public const string ProjectFile = "App.csproj";

    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan EvaluateTimeout = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(3);

    private readonly TempDirectory _root;

    private ConsumerRepository(TempDirectory root) => _root = root;

    /// <summary>Full path of the repository root, ending in a directory separator as the package's properties do.</summary>
    public string Root => _root.Path + Path.DirectorySeparatorChar;

    public string ProjectPath => _root.Combine(ProjectDirectory, ProjectFile);

    /// <summary>
    /// Creates the repository. <paramref name="projectProperties"/> is raw XML placed in the project's
    /// <c>PropertyGroup</c>; <paramref name="projectItems"/> raw XML in an <c>ItemGroup</c> next to the package reference.
    /// </summary>
    public static ConsumerRepository Create(LocalFeedFixture feed, string projectProperties = "", string projectItems = "")
    {
        var root = TempDirectory.Create("package-consumer");
        root.WriteFile("Directory.Build.props", "<Project />\n");
        root.WriteFile("Directory.Build.targets", "<Project />\n");
        root.WriteFile("Directory.Packages.props", "<Project />\n");
        feed.WriteNuGetConfig(root.Path);
        root.WriteFile(Path.Combine(ProjectDirectory, ProjectFile), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <ManagePackageVersionsCentrally>false</ManagePackageVersionsCentrally>
                {projectProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="{LocalFeedFixture.PackageId}" Version="{LocalFeedFixture.PackageVersion}" PrivateAssets="all" />
                {projectItems}
              </ItemGroup>
            </Project>
            """);
        return new ConsumerRepository(root);
    }

    /// <summary>Writes a file relative to the repository root and returns its full path.</summary>
    public string WriteFile(string relativePath, string content) => _root.WriteFile(relativePath, content);

    public string FullPath(string relativePath) => _root.Combine(relativePath.Split('/'));

    public async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var restore = await ProcessRunner.RunAsync(Dotnet("restore", ProjectFile), RestoreTimeout, cancellationToken).ConfigureAwait(false);
        restore.EnsureSuccess();
    }

    /// <summary>Evaluates the restored project and returns the TechLead properties and the <c>AdditionalFiles</c> items.</summary>
    public async Task<MsBuildEvaluation> EvaluateAsync(CancellationToken cancellationToken, params string[] globalProperties)
    {
        string[] query =
        [
            "msbuild", ProjectFile, "-nologo",
            .. MsBuildEvaluation.TechLeadProperties.Select(p => $"-getProperty:{p}"),
            "-getItem:AdditionalFiles",
            .. globalProperties.Select(p => $"-p:{p}"),
        ];
        var evaluation = await ProcessRunner.RunAsync(Dotnet(query), EvaluateTimeout, cancellationToken).ConfigureAwait(false);
        evaluation.EnsureSuccess();
        return MsBuildEvaluation.Parse(evaluation.StandardOutput);
    }

    /// <summary>
    /// The <c>Analyzer</c> items the compiler gets from packages (full paths, sorted), as they stand after NuGet's
    /// <c>ResolveLockFileAnalyzers</c> and the targets that run after it.
    /// </summary>
    public async Task<IReadOnlyList<string>> PackageAnalyzersAsync(CancellationToken cancellationToken, params string[] globalProperties)
    {
        string[] query = ["msbuild", ProjectFile, "-nologo", "-t:ResolveLockFileAnalyzers", "-getItem:Analyzer", .. globalProperties.Select(p => $"-p:{p}")];
        var evaluation = await ProcessRunner.RunAsync(Dotnet(query), EvaluateTimeout, cancellationToken).ConfigureAwait(false);
        evaluation.EnsureSuccess();
        using var document = JsonDocument.Parse(evaluation.StandardOutput);
        return document.RootElement.GetProperty("Items").GetProperty("Analyzer").EnumerateArray()
            .Where(item => item.TryGetProperty("NuGetPackageId", out _))
            .Select(item => item.GetProperty("FullPath").GetString()!)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Builds the project; the result is returned whether the build failed or not.</summary>
    public Task<ProcessResult> BuildAsync(CancellationToken cancellationToken, params string[] arguments) =>
        ProcessRunner.RunAsync(Dotnet(["build", ProjectFile, "-nologo", "-nodeReuse:false", .. arguments]), BuildTimeout, cancellationToken);

    /// <summary>
    /// Runs <c>dotnet format analyzers</c> on the restored project for <paramref name="diagnosticIds"/>: the code fixes
    /// from the package, applied to the diagnostics of the package's analyzer; the result is returned whether it failed or not.
    /// </summary>
    public Task<ProcessResult> FormatAnalyzersAsync(TimeSpan timeout, CancellationToken cancellationToken, params string[] diagnosticIds) =>
        ProcessRunner.RunAsync(Dotnet(["format", "analyzers", ProjectFile, "--diagnostics", .. diagnosticIds, "--severity", "info", "--no-restore", "-v", "diag"]), timeout, cancellationToken);

    public string ReadFile(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public void Dispose() => _root.Dispose();

    private ProcessSpec Dotnet(params string[] arguments) => ProcessSpec.Dotnet(_root.Combine(ProjectDirectory), arguments);
}
