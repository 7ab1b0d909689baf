using System;
using System.Collections;
using System.Collections.Generic;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>
/// Environment for <c>dotnet</c> (and csharp-ls) started from inside a test run.
/// </summary>
internal static class DotnetEnvironment
{
    /// <summary>
    /// <c>dotnet test</c> leaks MSBuild variables (MSBUILD_EXE_PATH, MSBuildExtensionsPath, MSBuildSDKsPath, ...) into the
    /// test host; a nested build or csharp-ls's MSBuildLocator must pick its own, so they are removed. MSBuild node reuse
    /// and the MSBuild server are off because their long-lived children would outlive the test and hold its output pipes
    /// open. The compiler server (VBCSCompiler) is on: it detaches from the pipes of the build that starts it, and the
    /// suites compile many small projects, each of which would otherwise start and JIT-compile the compiler anew
    /// (about three times the wall time per small build on a busy 2-core machine). A changed analyzer file on disk
    /// makes the server fall back to the command-line compiler, so a repacked analyzer is never served stale.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> ForChildProcess()
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (name.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || name.Equals("VSTEST_HOST_DEBUG", StringComparison.Ordinal))
            {
                environment[name] = null;
            }
        }

        environment["MSBUILDDISABLENODEREUSE"] = "1";
        environment["DOTNET_CLI_DO_NOT_USE_MSBUILD_SERVER"] = "1";
        environment["UseSharedCompilation"] = "true";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";
        environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        environment["DOTNET_CLI_UI_LANGUAGE"] = "en-US";
        return environment;
    }
}
