using System.Reflection;

namespace TechLead.Cli.Infrastructure;

/// <summary>The tool's informational version (without the source-revision suffix).</summary>
internal static class ToolVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', System.StringComparison.Ordinal);
        return plus >= 0 ? version.Substring(0, plus) : version;
    }
}
