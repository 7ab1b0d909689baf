using System;
using System.IO;
using System.Linq;

namespace TechLead.Cli.Tests.Checking;

/// <summary>
/// The tests run the CLI in process, so MSBuildLocator must find the SDK's MSBuild from the test host: that fails
/// when a Microsoft.Build assembly sits in the output folder (the CLI references them with ExcludeAssets="runtime").
/// </summary>
public sealed class MsBuildInTestHostTests
{
    [Fact]
    public void The_test_output_carries_no_msbuild_assembly_but_the_locator()
    {
        var msbuild = Directory.EnumerateFiles(AppContext.BaseDirectory, "Microsoft.Build*.dll")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(["Microsoft.Build.Locator.dll"], msbuild);
    }
}
