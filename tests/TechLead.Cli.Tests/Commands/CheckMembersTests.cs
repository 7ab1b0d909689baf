using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>check, impact, report and baseline with a <c>members</c> rule (TL0207): the kind table carries it through every command.</summary>
public sealed class CheckMembersTests(CheckMembersTests.CheckedShop shop) : IClassFixture<CheckMembersTests.CheckedShop>
{
    [Fact]
    public void Check_reports_each_violating_member_at_its_line()
    {
        var run = shop.Check;

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("Order.cs(5,", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("TL0207", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("[ADR-0001] method 'Acme.Domain.Order.Load' must match the naming pattern 'Async$' (rule async-suffix: callers must know to await)", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("[ADR-0001] method 'Acme.Domain.Order.GetTotal' must not return 'System.Void' (rule getters-return-a-value: The domain reads well)", run.Stdout, System.StringComparison.Ordinal);
        Assert.DoesNotContain("CountAsync", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_counts_member_violations_and_the_baseline_freezes_them_per_member()
    {
        var repo = shop.Repo;

        var impact = repo.Run("impact", "ADR-0001", "src/Domain/Domain.csproj", "--no-restore");
        var create = repo.Run("baseline", "create", "src/Domain/Domain.csproj", "--no-restore");
        var baseline = System.IO.File.ReadAllText(System.IO.Path.Combine(repo.Root, "techlead.baseline.json"));
        var again = repo.Run("check", "src/Domain/Domain.csproj", "--no-restore");
        var report = repo.Run("report", "--out", "site", "src/Domain/Domain.csproj", "--no-restore");

        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Matches(@"(?m)^Acme\.Domain\s+2\s*$", impact.Stdout);
        Assert.True(create.ExitCode == 0, create.ToString());
        Assert.Contains("\"from\": \"M:Acme.Domain.Order.Load\"", baseline, System.StringComparison.Ordinal);
        Assert.Contains("\"from\": \"M:Acme.Domain.Order.GetTotal\"", baseline, System.StringComparison.Ordinal);
        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.True(report.ExitCode is 0 or 1, report.ToString());
        var page = System.IO.File.ReadAllText(System.IO.Path.Combine(repo.Root, "site", "index.md"));
        Assert.Contains("async-suffix", page, System.StringComparison.Ordinal);
    }

    /// <summary>The shop checked once (restoring it): the other tests read it with <c>--no-restore</c>.</summary>
    public sealed class CheckedShop : System.IDisposable
    {
        public CheckedShop()
        {
            Repo = new TempRepo();
            Repo.WriteAdr("0001-members.md", """
                ---
                id: ADR-0001
                title: The domain reads well
                status: accepted
                rules:
                  - id: async-suffix
                    kind: members
                    members: { kind: method, async: true }
                    pattern: "Async$"
                    because: callers must know to await
                  - id: getters-return-a-value
                    kind: members
                    members: { kind: method, name: "Get*", types: Acme.Domain.** }
                    returns-not: void
                ---
                # The domain reads well
                """);
            Repo.Write("src/Domain/Domain.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                  </PropertyGroup>
                </Project>
                """);
            Repo.Write("src/Domain/Order.cs", """
                namespace Acme.Domain;

                public sealed class Order
                {
                    public async System.Threading.Tasks.Task Load() => await System.Threading.Tasks.Task.Yield();

                    public async System.Threading.Tasks.Task<int> CountAsync() { await System.Threading.Tasks.Task.Yield(); return 1; }

                    public void GetTotal() { }
                }
                """);
            Check = Repo.Run("check", "src/Domain/Domain.csproj");
        }

        internal TempRepo Repo { get; }

        internal ToolRun Check { get; }

        public void Dispose() => Repo.Dispose();
    }
}
