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

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered && MSBuildLocator.CanRegister)
            {
                SdkDirectory = MSBuildLocator.RegisterDefaults().MSBuildPath;
            }
        }
    }

    /// <summary>
    /// As <see cref="EnsureRegistered"/>, and where the current folder's <c>global.json</c> pins an SDK that is not
    /// installed (the locator finds none then), the newest installed SDK, found from the temporary folder.
    /// </summary>
    public static void EnsureRegisteredIgnoringGlobalJson()
    {
        try
        {
            EnsureRegistered();
        }
#pragma warning disable CA1031 // the locator reports hostfxr's refusal with whatever exception it wraps it in
        catch (Exception) when (PinnedSdk.Find(Environment.CurrentDirectory) is not null)
#pragma warning restore CA1031
        {
            lock (Gate)
            {
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
}
