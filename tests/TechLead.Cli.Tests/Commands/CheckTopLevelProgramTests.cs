using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>check passes the project's RootNamespace to the analyzer, as a build does: top-level statements count in it.</summary>
public sealed class CheckTopLevelProgramTests(CheckTopLevelProgramTests.CheckedApi api) : IClassFixture<CheckTopLevelProgramTests.CheckedApi>
{
    [Fact]
    public void Top_level_statements_count_as_RootNamespace_Program_not_as_the_assembly_name()
    {
        var run = api.Check;

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[ADR-0001] 'Acme.Api.Program' must not depend on 'Acme.Infrastructure.InMemoryStore'", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_counts_and_report_draws_top_level_statements_in_the_root_namespace()
    {
        var repo = api.Repo;

        // The shared check restored the project; impact and report load it as it is.
        var impact = repo.Run("impact", "ADR-0001", "src/Api/Api.csproj", "--no-restore");
        var report = repo.Run("report", "--out", "site", "src/Api/Api.csproj", "--no-restore");

        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Matches(@"(?m)^Acme\.Api\s+1\s*$", impact.Stdout);
        Assert.DoesNotContain("<global>", impact.Stdout, System.StringComparison.Ordinal);
        Assert.True(report.ExitCode is 0 or 1, report.ToString());
        var page = System.IO.File.ReadAllText(System.IO.Path.Combine(repo.Root, "site", "index.md"));
        Assert.Contains("[\"Acme.Api\"]", page, System.StringComparison.Ordinal);
        Assert.Matches(@"ns\w*Acme_Api_\w* -->\|1\| ns\w*Acme_Infrastructure_\w*", page);
    }

    /// <summary>The API repository checked once (restoring it): the other tests read it with <c>--no-restore</c>.</summary>
    public sealed class CheckedApi : System.IDisposable
    {
        public CheckedApi()
        {
            Repo = ApiRepository();
            Check = Repo.Run("check", "src/Api/Api.csproj");
        }

        internal TempRepo Repo { get; }

        /// <summary>What <c>techlead check src/Api/Api.csproj</c> wrote, restore included.</summary>
        internal ToolRun Check { get; }

        public void Dispose() => Repo.Dispose();
    }

    /// <summary>A web-style project whose AssemblyName differs from its RootNamespace, with one top-level-statements violation.</summary>
    private static TempRepo ApiRepository()
    {
        var repo = new TempRepo();
        repo.WriteAdr("0001-api-boundary.md", "---\nid: ADR-0001\ntitle: The API talks to the domain\nstatus: accepted\nrules:\n  - id: api-no-infra\n    kind: forbid\n    from: Acme.Api.**\n    to: Acme.Infrastructure.**\n---\n# The API talks to the domain\n");
        repo.Write("src/Api/Api.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <AssemblyName>Api.Host</AssemblyName>
                <RootNamespace>Acme.Api</RootNamespace>
              </PropertyGroup>
            </Project>
            """);
        repo.Write("src/Api/Program.cs", "System.Console.WriteLine(new Acme.Infrastructure.InMemoryStore());\n\nnamespace Acme.Infrastructure { public sealed class InMemoryStore { } }\n");
        return repo;
    }
}
