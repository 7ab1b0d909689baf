using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Checking;

/// <summary>
/// Lets the project loader read a project whose <c>global.json</c> pins an SDK this machine does not have. The loader
/// (Roslyn's build host and the MSBuild SDK resolver) asks hostfxr for the SDK of the project's folder, which refuses;
/// both look for the dotnet root in <c>DOTNET_MSBUILD_SDK_RESOLVER_CLI_DIR</c> first. This builds a dotnet root in the
/// temporary folder whose <c>sdk/</c> holds every installed SDK under its own name plus the pinned versions as links to
/// the installed SDK, and points that variable at it while the projects load (the user's files are never touched).
/// </summary>
internal sealed class InstalledSdkShim : IDisposable
{
    private const string Variable = "DOTNET_MSBUILD_SDK_RESOLVER_CLI_DIR";
    private static readonly object Gate = new();
    private static readonly string[] LinkedFolders = ["shared", "packs", "sdk-manifests"];
    private static int active;
    private static string? previous;

    private InstalledSdkShim(string root)
    {
        // Imports in one process (tests) may overlap: the first sets the variable, the last puts the old value back.
        lock (Gate)
        {
            if (active++ == 0)
            {
                previous = Environment.GetEnvironmentVariable(Variable);
            }

            Environment.SetEnvironmentVariable(Variable, root);
        }
    }

    /// <summary>The shim for these pinned versions, or null with the reason it could not be built.</summary>
    public static InstalledSdkShim? TryCreate(string installedSdk, IEnumerable<string> pinnedVersions, out string whyNot)
    {
        whyNot = string.Empty;
        try
        {
            var sdk = Path.GetFullPath(installedSdk).TrimEnd(Path.DirectorySeparatorChar);
            var dotnetRoot = Path.GetDirectoryName(Path.GetDirectoryName(sdk)!)!;
            var pinned = pinnedVersions.Distinct(StringComparer.Ordinal).OrderBy(v => v, StringComparer.Ordinal).ToList();
            if (pinned.FirstOrDefault(v => v.Length == 0 || !v.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '+')) is { } odd)
            {
                whyNot = $"'{odd}' is not an SDK version";
                return null;
            }

            var root = Path.Combine(Path.GetTempPath(), "techlead-sdk-shim", Path.GetFileName(sdk) + "-" + string.Join("-", pinned));
            lock (Gate)
            {
                if (!File.Exists(Path.Combine(root, ".complete")))
                {
                    // Built aside and moved into place: another process may be building the same shim.
                    var building = root + "." + Guid.NewGuid().ToString("N");
                    Build(building, dotnetRoot, sdk, pinned);
                    try
                    {
                        Directory.Move(building, root);
                    }
                    catch (IOException) when (File.Exists(Path.Combine(root, ".complete")))
                    {
                        Directory.Delete(building, recursive: true);
                    }
                }
            }

            return new InstalledSdkShim(root);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlatformNotSupportedException)
        {
            whyNot = e.Message.ReplaceLineEndings(" ");
            return null;
        }
    }

    public void Dispose()
    {
        lock (Gate)
        {
            if (--active == 0)
            {
                Environment.SetEnvironmentVariable(Variable, previous);
            }
        }
    }

    // The muxer and hostfxr are copied (hostfxr takes the root from the real path of the file it runs from); the SDKs and
    // shared frameworks are links.
    private static void Build(string root, string dotnetRoot, string sdk, IReadOnlyList<string> pinned)
    {
        Directory.CreateDirectory(Path.Combine(root, "sdk"));
        var muxer = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        File.Copy(Path.Combine(dotnetRoot, muxer), Path.Combine(root, muxer));
        CopyDirectory(Path.Combine(dotnetRoot, "host"), Path.Combine(root, "host"));
        foreach (var shared in LinkedFolders.Where(d => Directory.Exists(Path.Combine(dotnetRoot, d))))
        {
            Directory.CreateSymbolicLink(Path.Combine(root, shared), Path.Combine(dotnetRoot, shared));
        }

        foreach (var installed in Directory.GetDirectories(Path.Combine(dotnetRoot, "sdk")))
        {
            Directory.CreateSymbolicLink(Path.Combine(root, "sdk", Path.GetFileName(installed)), installed);
        }

        foreach (var version in pinned.Where(v => !Directory.Exists(Path.Combine(root, "sdk", v))))
        {
            Directory.CreateSymbolicLink(Path.Combine(root, "sdk", version), sdk);
        }

        File.WriteAllText(Path.Combine(root, ".complete"), string.Empty);
    }

    private static void CopyDirectory(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var directory in Directory.GetDirectories(from))
        {
            CopyDirectory(directory, Path.Combine(to, Path.GetFileName(directory)));
        }
    }
}
