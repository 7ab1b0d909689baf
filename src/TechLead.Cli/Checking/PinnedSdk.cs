using System;
using System.Diagnostics;
using System.IO;
using System.Text.Json;

namespace TechLead.Cli.Checking;

/// <summary>
/// A <c>global.json</c> that pins a .NET SDK this machine does not have. <c>dotnet</c> refuses every SDK command in
/// its folder then, but the installed SDK reads the project all the same: the importer uses it and says so.
/// </summary>
internal sealed record PinnedSdk(string GlobalJson, string Requested)
{
    /// <summary>
    /// The pin that stops the SDK in <paramref name="directory"/>, or null. Only a folder with a <c>global.json</c> at or
    /// above it costs a process: <c>dotnet --version</c> there, the muxer's own verdict (roll-forward rules included).
    /// </summary>
    public static PinnedSdk? Find(string directory)
    {
        var globalJson = Nearest(directory);
        if (globalJson is null || SdkAnswers(directory))
        {
            return null;
        }

        return new PinnedSdk(globalJson, RequestedVersion(globalJson) ?? "an SDK");
    }

    /// <summary>What the output and the ADR say, with the global.json as the caller displays it.</summary>
    public string Describe(string globalJsonDisplay, string installed) =>
        $"{globalJsonDisplay} pins .NET SDK {Requested}, which is not installed: read with the installed SDK {installed}";

    private static string? Nearest(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "global.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool SdkAnswers(string directory)
    {
        var start = new ProcessStartInfo(DotnetHost.Path)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add("--version");
        using var process = Process.Start(start);
        if (process is null)
        {
            return true;
        }

        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static string? RequestedVersion(string globalJson)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(globalJson), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.TryGetProperty("sdk", out var sdk) && sdk.ValueKind == JsonValueKind.Object
                   && sdk.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
                ? version.GetString()
                : null;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
