using Microsoft.Build.Locator;

namespace TechLead.Cli.Checking;

/// <summary>
/// Points the process at the installed .NET SDK's MSBuild. Must run before any method that touches an
/// MSBuild or MSBuildWorkspace type is compiled, so callers invoke it from code that does not.
/// </summary>
internal static class MsBuildRegistration
{
    private static readonly object Gate = new();

    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!MSBuildLocator.IsRegistered && MSBuildLocator.CanRegister)
            {
                MSBuildLocator.RegisterDefaults();
            }
        }
    }
}
