using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Baselines;
using TechLead.Cli.Checking;
using TechLead.Cli.Tests.Support;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Checking;

/// <summary>The engine-neutral part of check: baseline application, staleness, strict mode, file problems.</summary>
public sealed class CheckSessionTests
{
    private const string Adr = "---\nid: ADR-0007\ntitle: Domain\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n---\n";

    [Fact]
    public async Task Baselined_violations_are_flagged_and_do_not_fail()
    {
        using var repo = Repo();
        repo.Write("techlead.baseline.json", BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 2)]));

        var result = await Run(repo, new CheckOptions(), Violation(10, "T:Shop.Infrastructure.Db"), Violation(11, "T:Shop.Infrastructure.Db"));

        Assert.All(result.Findings, f => Assert.True(f.Baselined));
        Assert.False(result.Fails);
    }

    [Fact]
    public async Task A_violation_outside_the_baseline_fails()
    {
        using var repo = Repo();
        repo.Write("techlead.baseline.json", BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1)]));

        var result = await Run(repo, new CheckOptions(), Violation(10, "T:Shop.Infrastructure.Db"), Violation(12, "T:Shop.Infrastructure.Cache"));

        Assert.Equal([true, false], result.Findings.Select(f => f.Baselined));
        Assert.True(result.Fails);
    }

    [Fact]
    public async Task Beyond_count_the_first_in_source_order_stay_hidden_and_the_rest_fail_with_how_many_are_allowed()
    {
        using var repo = Repo();
        repo.Write("techlead.baseline.json", BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1)]));

        var result = await Run(repo, new CheckOptions(), Violation(12, "T:Shop.Infrastructure.Db"), Violation(10, "T:Shop.Infrastructure.Db", column: 9), Violation(10, "T:Shop.Infrastructure.Db"));

        Assert.Equal(
            [(10, 5, true, "[ADR-0007] ..."), (10, 9, false, "[ADR-0007] ...; baseline allows 1 of 3 found"), (12, 5, false, "[ADR-0007] ...; baseline allows 1 of 3 found")],
            result.Findings.Select(f => (f.Line, f.Column, f.Baselined, f.Message)));
        Assert.True(result.Fails);
    }

    [Fact]
    public async Task Across_files_the_file_path_decides_before_the_line()
    {
        using var repo = Repo();
        repo.Write("techlead.baseline.json", BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1)]));

        var result = await Run(repo, new CheckOptions(), Violation(3, "T:Shop.Infrastructure.Db", path: "/src/Order.b.cs"), Violation(40, "T:Shop.Infrastructure.Db", path: "/src/Order.a.cs"));

        Assert.Equal([("/src/Order.a.cs", true), ("/src/Order.b.cs", false)], result.Findings.Select(f => (f.Path, f.Baselined)));
    }

    [Fact]
    public async Task An_expired_entry_hides_nothing()
    {
        using var repo = Repo();
        repo.Write("techlead.baseline.json", BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1) { Expires = "2000-01-01" }]));

        var result = await Run(repo, new CheckOptions(), Violation(10, "T:Shop.Infrastructure.Db"));

        Assert.Equal("[ADR-0007] ...", Assert.Single(result.Findings).Message);
        Assert.True(result.Fails);
    }

    [Theory]
    [InlineData(false, RuleSeverity.Warning)]
    [InlineData(true, RuleSeverity.Error)]
    public async Task A_stale_entry_is_TL9004_a_warning_or_under_strict_an_error(bool strict, RuleSeverity expected)
    {
        using var repo = Repo();
        repo.Write("techlead.baseline.json", BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 3)]));

        var result = await Run(repo, new CheckOptions { Strict = strict }, Violation(10, "T:Shop.Infrastructure.Db"));

        var stale = Assert.Single(result.Findings, f => f.Id == "TL9004");
        Assert.Equal(expected, stale.Severity);
        Assert.Equal("baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Order' -> 'T:Shop.Infrastructure.Db' (count 3) now matches 1 violation(s), fewer than its count: remove it or run 'techlead baseline update'", stale.Message);
        Assert.Equal(strict, result.Fails);
    }

    [Fact]
    public async Task Strict_without_a_baseline_file_fails()
    {
        using var repo = Repo();

        var result = await Run(repo, new CheckOptions { Strict = true });

        var missing = Assert.Single(result.Findings);
        Assert.Equal(("TL9004", RuleSeverity.Error), (missing.Id, missing.Severity));
        Assert.True(result.Fails);
    }

    [Fact]
    public async Task Adr_file_problems_are_reported_once_with_their_adr()
    {
        using var repo = Repo();
        repo.WriteAdr("0008-bad.md", "---\nid: ADR-0008\ntitle: Bad\nstatus: accepted\nrules:\n  - id: x\n    kind: forbidd\n---\n");

        var result = await Run(repo, new CheckOptions());

        var problem = Assert.Single(result.Findings);
        Assert.Equal(("TL9002", "ADR-0008", 7, 11), (problem.Id, problem.Adr, problem.Line, problem.Column));
        Assert.True(result.Fails);
    }

    [Fact]
    public async Task A_rule_problem_in_a_proposed_ADR_is_info_and_does_not_fail_as_in_the_build()
    {
        using var repo = Repo();
        repo.WriteAdr("0008-bad.md", "---\nid: ADR-0008\ntitle: Bad\nstatus: proposed\nrules:\n  - id: x\n    kind: forbidd\n---\n");

        var result = await Run(repo, new CheckOptions());

        var problem = Assert.Single(result.Findings);
        Assert.Equal(("TL9002", RuleSeverity.Info, 7, 11), (problem.Id, problem.Severity, problem.Line, problem.Column));
        Assert.False(result.Fails);
    }

    [Fact]
    public async Task The_engine_gets_the_adrs_and_the_repository_layout()
    {
        using var repo = Repo();
        var engine = new FakeSolutionChecker([]);

        await CheckSession.RunAsync(new CheckOptions { Target = Path.Combine(repo.Root, "Shop.sln"), AdrBaseUrl = "https://x.test/" }, engine, new NoCheckProgress(), CancellationToken.None);

        var request = engine.Request!;
        Assert.Equal(Path.Combine(repo.Root, "Shop.sln"), request.TargetPath);
        Assert.Equal(repo.Root, request.RepositoryRoot);
        Assert.Equal(repo.AdrDirectory, request.AdrDirectory);
        Assert.Equal([Path.Combine(repo.AdrDirectory, "0007-domain.md")], request.AdrFiles.Select(f => f.Path));
        Assert.Equal("https://x.test/", request.AdrBaseUrl);
    }

    [Theory]
    [InlineData("docs/decisions", "", "techlead.baseline.json")]
    [InlineData("architecture/decisions", "architecture", "architecture/techlead.baseline.json")]
    public async Task The_repository_root_and_the_baseline_follow_the_adr_folder_as_in_the_package_props(string adrDirectory, string root, string baseline)
    {
        using var repo = new TempRepo();
        repo.Write(adrDirectory + "/0007-domain.md", Adr);
        repo.Write("Shop.sln", string.Empty);
        repo.Write(baseline, BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1)]));
        var engine = new FakeSolutionChecker([Violation(10, "T:Shop.Infrastructure.Db")]);

        var result = await CheckSession.RunAsync(new CheckOptions { Target = Path.Combine(repo.Root, "Shop.sln"), AdrDirectory = Path.Combine(repo.Root, adrDirectory) }, engine, new NoCheckProgress(), CancellationToken.None);

        Assert.Equal(Path.Combine(repo.Root, root).TrimEnd(Path.DirectorySeparatorChar), engine.Request!.RepositoryRoot);
        Assert.True(Assert.Single(result.Findings).Baselined);
    }

    [Fact]
    public void Baseline_files_are_ordered_and_round_trip()
    {
        var text = BaselineWriter.Write(
        [
            new BaselineEntry("ADR-0007", "b", "T:B", "T:C", 1),
            new BaselineEntry("ADR-0007", "a", "T:Z", string.Empty, 2) { Reason = "legacy", Owner = "@team", Expires = "2030-01-01" },
        ]);

        Assert.Equal(
            "{\n  \"version\": 1,\n  \"entries\": [\n    {\n      \"adr\": \"ADR-0007\",\n      \"rule\": \"a\",\n      \"from\": \"T:Z\",\n      \"to\": \"\",\n      \"count\": 2,\n      \"reason\": \"legacy\",\n      \"owner\": \"@team\",\n      \"expires\": \"2030-01-01\"\n    },\n    {\n      \"adr\": \"ADR-0007\",\n      \"rule\": \"b\",\n      \"from\": \"T:B\",\n      \"to\": \"T:C\",\n      \"count\": 1\n    }\n  ]\n}\n",
            text.ReplaceLineEndings("\n"));
        var problems = new List<AdrDiagnostic>();
        var parsed = BaselineFile.ParseInto("b.json", text, problems);
        Assert.Empty(problems);
        Assert.Equal(["a", "b"], parsed.Entries.Select(e => e.Rule));
        Assert.Equal(2, parsed.Entries[0].Count);
    }

    private static TempRepo Repo()
    {
        var repo = new TempRepo();
        repo.WriteAdr("0007-domain.md", Adr);
        repo.Write("Shop.sln", string.Empty);
        return repo;
    }

    private static Task<CheckResult> Run(TempRepo repo, CheckOptions options, params Finding[] violations) =>
        CheckSession.RunAsync(options with { Target = Path.Combine(repo.Root, "Shop.sln") }, new FakeSolutionChecker(violations), new NoCheckProgress(), CancellationToken.None);

    private static Finding Violation(int line, string to, int column = 5, string path = "/src/Order.cs") =>
        new("TL0002", RuleSeverity.Error, "[ADR-0007] ...", path, line, column) { Adr = "ADR-0007", Rule = "domain-no-infra", From = "T:Shop.Domain.Order", To = to };
}
