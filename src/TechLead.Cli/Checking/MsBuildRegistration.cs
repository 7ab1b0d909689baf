using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Locator;

namespace TechLead.Cli.Checking;

/// <summary>
/// Points the process at the installed .NET SDK's MSBuild. Must run before any method that touches an
/// MSBuild or MSBuildWorkspace type is compiled, so callers invoke it from code that does not.
/// </summary>
internal static class MsBuildRegistration
{
    private static readonly object Gate = new();

    /// <summary>The folder of the SDK registered (holding <c>dotnet.dll</c>), once registered by this class.</summary>
    public static string? SdkDirectory { get; private set; }

    /// <summary>The version of that SDK (its folder's name).</summary>
    public static string? SdkVersion => SdkDirectory is null ? null : Path.GetFileName(SdkDirectory.TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>
    /// The SDK the current folder resolves to; where its <c>global.json</c> pins an SDK that is not installed (the locator
    /// finds none there), the newest installed SDK, found from the temporary folder (rules/0049). Asked before the locator
    /// tries: hostfxr writes its list of SDKs straight to the console when it refuses.
    /// </summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (MSBuildLocator.IsRegistered || !MSBuildLocator.CanRegister)
            {
                return;
            }

            if (PinnedSdk.Find(Environment.CurrentDirectory) is null)
            {
                SdkDirectory = MSBuildLocator.RegisterDefaults().MSBuildPath;
                return;
            }

            var installed = MSBuildLocator.QueryVisualStudioInstances(new VisualStudioInstanceQueryOptions
                {
                    DiscoveryTypes = DiscoveryType.DotNetSdk,
                    WorkingDirectory = Path.GetTempPath(),
                })
                .OrderByDescending(i => i.Version)
                .FirstOrDefault() ?? throw new InvalidOperationException("no .NET SDK is installed");
            MSBuildLocator.RegisterInstance(installed);
            SdkDirectory = installed.MSBuildPath;
        }
    }
}
