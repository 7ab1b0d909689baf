using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.Shop;

/// <summary>
/// A private copy of samples/Shop that consumes the locally packed analyzer by PackageReference (the sample's
/// <c>TechLeadAnalyzersVersion</c> / <c>TechLeadPackageSource</c> hooks), restored and prebuilt once per run.
/// <para>
/// A plain <c>dotnet build</c> of the solution stops at Shop.Domain, whose TL errors keep every other project from
/// compiling. So the copy is first built once with <c>RunAnalyzers=false</c>; analyzer builds then use
/// <c>BuildProjectReferences=false</c> and compile each project against those outputs, and every project reports its
/// own diagnostics. Each analyzer build touches the ADR files first: they are inputs of CoreCompile, so the compiler
/// (and its SARIF log) runs again exactly as after an edited decision.
/// </para>
/// </summary>
internal sealed class ShopCopy : IDisposable
{
    public const string Solution = "Shop.sln";

    private static readonly TimeSpan RestoreTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(4);

    private readonly TempDirectory _directory;

    private ShopCopy(TempDirectory directory) => _directory = directory;

    /// <summary>The copy's root: Shop.sln, the four projects and docs/adr.</summary>
    public string Root => _directory.Combine("shop");

    /// <summary>Where each project's compiler writes <c>&lt;Project&gt;.sarif</c> during an analyzer build.</summary>
    public string SarifDirectory => _directory.Combine("sarif");

    private string ErrorLogTargets => _directory.Combine("harness", "ErrorLogPerProject.targets");

    /// <summary>Copies, restores and builds once without analyzers (the references <see cref="BuildAsync"/> compiles against).</summary>
    public static async Task<ShopCopy> CreateAsync(LocalFeedFixture feed, string purpose, CancellationToken cancellationToken)
    {
        await feed.EnsurePackedAsync().ConfigureAwait(false);
        var shop = new ShopCopy(TempDirectory.Create(purpose));
        try
        {
            CopyDirectory(Path.Combine(RepoPaths.Root, "samples", "Shop"), shop.Root);
            feed.WriteNuGetConfig(shop.Root);
            // One SARIF file per project: a single -p:ErrorLog would be overwritten by every project of the solution.
            shop._directory.WriteFile(Path.Combine("harness", "ErrorLogPerProject.targets"), $"""
                <Project>
                  <PropertyGroup>
                    <ErrorLog>{shop.SarifDirectory}/$(MSBuildProjectName).sarif,version=2.1</ErrorLog>
                  </PropertyGroup>
                </Project>
                """);

            var restore = await shop.RunDotnetAsync(
                RestoreTimeout,
                cancellationToken,
                "restore", Solution, $"-p:TechLeadAnalyzersVersion={LocalFeedFixture.PackageVersion}", $"-p:TechLeadPackageSource={feed.FeedDirectory}").ConfigureAwait(false);
            restore.EnsureSuccess();
            var build = await shop.RunDotnetAsync(BuildTimeout, cancellationToken, [.. CommonBuildArguments(Solution), "-p:RunAnalyzers=false"]).ConfigureAwait(false);
            build.EnsureSuccess();

            return shop;
        }
        catch
        {
            shop.Dispose();
            throw;
        }
    }

    public string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));

    public string ReadFile(string relativePath) => File.ReadAllText(FullPath(relativePath));

    public void WriteFile(string relativePath, string content)
    {
        var path = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    /// <summary>Rewrites a file; disposing the result puts the original back (or deletes a file that did not exist).</summary>
    public IDisposable Edit(string relativePath, Func<string, string> change)
    {
        var path = FullPath(relativePath);
        var original = File.Exists(path) ? File.ReadAllText(path) : null;
        var changed = change(original ?? string.Empty);
        if (changed == original)
        {
            throw new InvalidOperationException($"The edit of {relativePath} changed nothing; the test would prove nothing.");
        }

        WriteFile(relativePath, changed);
        return new Restore(path, original);
    }

    /// <summary>
    /// Compiles <paramref name="target"/> (the solution or a project, relative to the root) with the analyzer, against
    /// the prebuilt references unless <paramref name="buildReferences"/>; the result is returned whether it failed or not.
    /// </summary>
    public async Task<ShopBuild> BuildAsync(string target, bool buildReferences, CancellationToken cancellationToken, params string[] extraArguments)
    {
        foreach (var adr in Directory.EnumerateFiles(FullPath("docs/adr"), "*.md"))
        {
            File.SetLastWriteTimeUtc(adr, DateTime.UtcNow);
        }

        if (Directory.Exists(SarifDirectory))
        {
            Directory.Delete(SarifDirectory, recursive: true);
        }

        Directory.CreateDirectory(SarifDirectory);
        string[] arguments =
        [
            .. CommonBuildArguments(target),
            $"-p:CustomBeforeMicrosoftCommonTargets={ErrorLogTargets}",
            .. buildReferences ? Array.Empty<string>() : ["-p:BuildProjectReferences=false"],
            .. extraArguments,
        ];
        var result = await RunDotnetAsync(BuildTimeout, cancellationToken, arguments).ConfigureAwait(false);
        return new ShopBuild(result, BuildDiagnostic.ParseAll(result.StandardOutput), SarifResult.ReadDirectory(SarifDirectory));
    }

    /// <summary>Runs <c>dotnet</c> in the copy's root with the nested-SDK environment; analyzers come from the package.</summary>
    public Task<ProcessResult> RunDotnetAsync(TimeSpan timeout, CancellationToken cancellationToken, params string[] arguments) =>
        ProcessRunner.RunAsync(
            ProcessSpec.Dotnet(Root, arguments).WithEnvironment("TechLeadAnalyzersVersion", LocalFeedFixture.PackageVersion),
            timeout,
            cancellationToken);

    public string RelativePath(string fullPath) => ShopMarkers.RelativePath(Root, fullPath);

    public void Dispose() => _directory.Dispose();

    private static string[] CommonBuildArguments(string target) =>
        ["build", target, "--no-restore", "-nologo", "-nodeReuse:false", $"-p:TechLeadAnalyzersVersion={LocalFeedFixture.PackageVersion}", "-p:TreatWarningsAsErrors=false"];

    private static void CopyDirectory(string source, string destination)
    {
        Directory.CreateDirectory(destination);
        foreach (var file in Directory.EnumerateFiles(source))
        {
            File.Copy(file, Path.Combine(destination, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.EnumerateDirectories(source).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            CopyDirectory(directory, Path.Combine(destination, Path.GetFileName(directory)));
        }
    }

    private sealed class Restore(string path, string? original) : IDisposable
    {
        public void Dispose()
        {
            if (original is null)
            {
                File.Delete(path);
            }
            else
            {
                File.WriteAllText(path, original);
            }
        }
    }
}

/// <summary>What one analyzer build of the Shop copy printed and logged.</summary>
internal sealed record ShopBuild(ProcessResult Result, IReadOnlyList<BuildDiagnostic> Diagnostics, IReadOnlyList<SarifResult> Sarif)
{
    public IEnumerable<BuildDiagnostic> Errors => Diagnostics.Where(d => d.Severity == BuildSeverity.Error);

    public string Describe(string headline) => Result.Describe(headline);
}
