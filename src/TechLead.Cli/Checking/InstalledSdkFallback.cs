using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Checking;

/// <summary>
/// The installed SDK standing in for one a <c>global.json</c> pins and this machine does not have (rules/0049), the one
/// way every command that loads projects handles the pin (check, infer, import): restore with the installed SDK, load with
/// the <see cref="InstalledSdkShim"/> active, and say so. Dispose when the projects are loaded.
/// </summary>
internal sealed class InstalledSdkFallback : IDisposable
{
    private readonly IReadOnlyDictionary<string, PinnedSdk?> pins;
    private readonly InstalledSdkShim? shim;
    private readonly string shimProblem;

    private InstalledSdkFallback(IReadOnlyDictionary<string, PinnedSdk?> pins, InstalledSdkShim? shim, string shimProblem)
    {
        this.pins = pins;
        this.shim = shim;
        this.shimProblem = shimProblem;
    }

    /// <summary>Finds the pins over these project or solution files and, when one stops the SDK, points the loader at the installed one.</summary>
    public static InstalledSdkFallback For(IEnumerable<string> paths)
    {
        var pins = paths.Distinct(StringComparer.Ordinal).ToDictionary(p => p, p => PinnedSdk.Find(Path.GetDirectoryName(Path.GetFullPath(p))!), StringComparer.Ordinal);
        var shimProblem = string.Empty;
        var shim = pins.Values.Any(p => p is not null) && MsBuildRegistration.SdkDirectory is { } installed
            ? InstalledSdkShim.TryCreate(installed, pins.Values.OfType<PinnedSdk>().Select(p => p.Requested), out shimProblem)
            : null;
        return new InstalledSdkFallback(pins, shim, shimProblem);
    }

    /// <summary>The SDK to restore <paramref name="path"/> with (its folder): the installed one when a pin stops the folder's, else null (the folder's own).</summary>
    public string? RestoreSdkDirectory(string path) => pins.GetValueOrDefault(path) is null ? null : MsBuildRegistration.SdkDirectory;

    /// <summary>
    /// What the output says about <paramref name="path"/>: "G pins .NET SDK 8.0.100, which is not installed: read with the
    /// installed SDK 10.0.401", with the global.json as <paramref name="display"/> shows it; null when nothing is pinned.
    /// </summary>
    public string? Note(string path, Func<string, string> display)
    {
        if (pins.GetValueOrDefault(path) is not { } pin)
        {
            return null;
        }

        var note = pin.Describe(display(pin.GlobalJson), MsBuildRegistration.SdkVersion ?? "on this machine");
        return shimProblem.Length > 0 ? $"{note} (the loader could not be pointed at it: {shimProblem})" : note;
    }

    public void Dispose() => shim?.Dispose();
}
