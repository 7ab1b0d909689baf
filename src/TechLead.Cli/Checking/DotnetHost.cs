using System.IO;

namespace TechLead.Cli.Checking;

/// <summary>The dotnet host running this tool (set by the SDK for child tools), else the one on PATH.</summary>
internal static class DotnetHost
{
    public static string Path =>
        System.Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : System.Environment.ProcessPath is { } self && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
}
