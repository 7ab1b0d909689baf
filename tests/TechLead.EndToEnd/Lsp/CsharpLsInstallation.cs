using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.Lsp;

/// <summary>
/// csharp-ls installed as a .NET tool into a machine-wide cache folder (outside the repo, so a fresh clone reuses it),
/// and how to start it.
/// </summary>
internal sealed class CsharpLsInstallation
{
    public const string Version = "0.28.0";

    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(3);

    private CsharpLsInstallation(string serverAssembly) => ServerAssembly = serverAssembly;

    /// <summary>CSharpLanguageServer.dll; started through <c>dotnet</c> so no apphost needs DOTNET_ROOT.</summary>
    public string ServerAssembly { get; }

    public static string CacheDirectory => Path.Combine(Path.GetTempPath(), "techlead-e2e-tools", $"csharp-ls-{Version}");

    /// <summary>Reuses the cached install, or installs into a staging folder and moves it in place (atomic, race-safe).</summary>
    public static async Task<CsharpLsInstallation> EnsureInstalledAsync(CancellationToken cancellationToken = default)
    {
        if (FindServerAssembly(CacheDirectory) is { } cached)
        {
            return new CsharpLsInstallation(cached);
        }

        var staging = CacheDirectory + ".staging-" + Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(staging);
        try
        {
            var install = await ProcessRunner.RunAsync(
                ProcessSpec.Dotnet(staging, "tool", "install", "csharp-ls", "--version", Version, "--tool-path", staging),
                InstallTimeout,
                cancellationToken).ConfigureAwait(false);
            install.EnsureSuccess();
            try
            {
                Directory.Move(staging, CacheDirectory);
            }
            catch (IOException) when (Directory.Exists(CacheDirectory))
            {
                // Another test run won the race; its install is as good as ours.
            }
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return new CsharpLsInstallation(FindServerAssembly(CacheDirectory)
            ?? throw new FileNotFoundException($"csharp-ls {Version} installed, but CSharpLanguageServer.dll is not under '{CacheDirectory}'."));
    }

    /// <summary>The server over stdio, rooted at <paramref name="workspaceDirectory"/>.</summary>
    public ProcessSpec ServerProcess(string workspaceDirectory, string logLevel = "info") =>
        ProcessSpec.Dotnet(workspaceDirectory, ServerAssembly, "--loglevel", logLevel, "--locale", "en-US");

    private static string? FindServerAssembly(string toolPath)
    {
        var store = Path.Combine(toolPath, ".store", "csharp-ls", Version);
        return Directory.Exists(store)
            ? Directory.EnumerateFiles(store, "CSharpLanguageServer.dll", SearchOption.AllDirectories).FirstOrDefault()
            : null;
    }
}
