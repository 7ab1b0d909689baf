using System;
using System.Collections.Generic;
using System.Reflection.PortableExecutable;

namespace TechLead.EndToEnd;

/// <summary>
/// What a ReadyToRun image for one platform looks like from outside, as the .NET runtime reads it: the COFF machine of
/// its processor, XOR-ed with a value naming its operating system (none for Windows), and a ReadyToRun header ("RTR")
/// where the CLI header's managed native header points.
/// </summary>
internal static class ReadyToRunImage
{
    /// <summary>The platforms the analyzer package carries precompiled copies for (src/TechLead.Analyzers.Package).</summary>
    public static readonly IReadOnlyList<string> ShippedRuntimeIdentifiers = ["linux-arm64", "linux-x64", "osx-arm64", "osx-x64", "win-x64"];

    /// <summary>The runtime's IMAGE_FILE_MACHINE_*_OVERRIDE values (ReadyToRun images only).</summary>
    private const int LinuxOverride = 0x7B79;
    private const int AppleOverride = 0x4644;

    /// <summary>"RTR" little-endian: the first field of the READYTORUN_HEADER.</summary>
    private const uint ReadyToRunSignature = 0x00525452;

    public static (Machine Machine, int OsOverride) ExpectedMachine(string runtimeIdentifier)
    {
        var dash = runtimeIdentifier.LastIndexOf('-');
        var os = runtimeIdentifier[..dash];
        var machine = runtimeIdentifier[(dash + 1)..] switch
        {
            "x64" => Machine.Amd64,
            "arm64" => Machine.Arm64,
            var other => throw new ArgumentException($"no machine known for '{other}'", nameof(runtimeIdentifier)),
        };
        var osOverride = os switch
        {
            "linux" => LinuxOverride,
            "osx" => AppleOverride,
            "win" => 0,
            _ => throw new ArgumentException($"no operating system known for '{os}'", nameof(runtimeIdentifier)),
        };
        return (machine, osOverride);
    }

    public static bool HasReadyToRunHeader(PEReader image)
    {
        var header = image.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory;
        if (header.Size == 0)
        {
            return false;
        }

        var reader = image.GetSectionData(header.RelativeVirtualAddress).GetReader();
        return reader.ReadUInt32() == ReadyToRunSignature;
    }
}
