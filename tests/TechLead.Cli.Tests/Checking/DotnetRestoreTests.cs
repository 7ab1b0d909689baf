using TechLead.Cli.Checking;

namespace TechLead.Cli.Tests.Checking;

/// <summary>Why a restore failed, in one line: its first error, not the warnings that come before it.</summary>
public sealed class DotnetRestoreTests
{
    [Fact]
    public void The_first_error_is_the_reason_and_the_others_are_counted()
    {
        const string Output = """
              /src/Core/Core.csproj : warning NU1603: Core depends on Dapper (>= 2.1.35) but Dapper 2.1.35 was not found. [/src/Tests/Tests.csproj]
              /src/Api/Api.csproj : error NU1101: Unable to find package Acme.Sinks. No packages exist with this id in source(s): feed [/src/Tests/Tests.csproj]
              /src/Api/Api.csproj : error NU1101: Unable to find package Acme.Sinks. No packages exist with this id in source(s): feed [/src/Tests/Tests.csproj]
              /src/Web/Web.csproj : error NU1202: Package Acme.Naming 10.0.1 is not compatible with net8.0. [/src/Tests/Tests.csproj]
            """;

        Assert.Equal(
            "/src/Api/Api.csproj : error NU1101: Unable to find package Acme.Sinks. No packages exist with this id in source(s): feed (and 1 more error(s))",
            DotnetRestore.Why(Output));
    }

    [Fact]
    public void Output_without_an_error_line_is_kept_whole()
    {
        Assert.Equal("Restore failed. See the log.", DotnetRestore.Why("Restore failed.\n  See the log.\n"));
    }
}
