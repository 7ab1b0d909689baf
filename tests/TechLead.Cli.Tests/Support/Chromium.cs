using System;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Tests.Support;

/// <summary>The headless browser the report test renders with; <c>.ci/run</c> installs it (apt-get install -y chromium).</summary>
internal static class Chromium
{
    public static string? Path { get; } = Find();

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { "chromium", "chromium-browser", "google-chrome" }.Select(name => System.IO.Path.Combine(dir, name)))
            .FirstOrDefault(File.Exists);
}

/// <summary>A fact that needs Chromium: skipped with the reason locally when it is missing, run (and failing) under CI=true.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Path is null && !Chromium.IsCi)
        {
            Skip = "chromium is not installed (apt-get install -y chromium); with CI=true this test fails instead of skipping";
        }
    }
}
