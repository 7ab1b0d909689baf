using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TechLead.Cli.History;
using TechLead.Cli.Tests.Output;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.History;

public sealed class HistoryFileTests
{
    private const string Line = """{"techlead":"history/1","commit":"0123456789abcdef0123456789abcdef01234567","date":"2026-11-30T22:15:00Z","target":"Shop.sln","new":2,"baselined":1,"adrs":{"ADR-0007":{"new":1,"baselined":1,"rules":{"domain-no-infra":{"new":1,"baselined":1}}},"ADR-0012":{"new":1,"baselined":0,"rules":{"ubiquitous-language":{"new":1,"baselined":0}}}}}""";

    [Fact]
    public void A_check_becomes_one_line_of_counts_per_adr_and_rule_in_utc()
    {
        var entry = HistoryEntries.Of(HandMadeResults.Create(), "0123456789abcdef0123456789abcdef01234567", new DateTimeOffset(2026, 12, 1, 0, 15, 0, TimeSpan.FromHours(2)));

        Assert.Equal(Line, HistoryLine.Write(entry));
        Assert.Equal(Line, HistoryLine.Write(HistoryLine.Read(Line, out var reason)!));
        Assert.Null(reason);
    }

    [Fact]
    public void Reading_skips_corrupt_and_foreign_lines_with_a_warning_naming_each()
    {
        using var repo = new TempRepo();
        var path = repo.Write("history.jsonl", string.Join("\n", Line, "{\"techlead\":\"history/1\",\"commit\":null", "", "{\"name\":\"something else\"}", "{\"techlead\":\"history/1\",\"commit\":null,\"date\":\"yesterday\",\"target\":\"a.sln\",\"new\":0,\"baselined\":0,\"adrs\":{}}", "{\"techlead\":\"history/1\",\"commit\":null,\"date\":\"2026-12-01T00:00:00Z\",\"target\":\"a.sln\",\"new\":\"two\",\"baselined\":0,\"adrs\":{}}", Line.Replace("0123456789abcdef0123456789abcdef01234567", "fedcba9876543210fedcba9876543210fedcba98", StringComparison.Ordinal)) + "\n");
        var warnings = new List<string>();

        var entries = HistoryFile.Read(path, warnings.Add);

        Assert.Equal(["0123456789abcdef0123456789abcdef01234567", "fedcba9876543210fedcba9876543210fedcba98"], System.Linq.Enumerable.Select(entries, e => e.Commit!));
        var name = Infrastructure.PathDisplay.Relative(path);
        Assert.Equal(
            string.Join("\n",
        [
            $"{name}:2: skipped, not JSON",
            $"{name}:4: skipped, not a techlead history line (no \"techlead\": \"history/1\")",
            $"{name}:5: skipped, 'date' is not an ISO 8601 date: 'yesterday'",
            $"{name}:6: skipped, 'new' is missing or not number",
        ]), string.Join("\n", warnings));
    }

    [Fact]
    public void Appending_writes_whole_lines_and_repairs_a_cut_off_last_line()
    {
        using var repo = new TempRepo();
        var path = repo.Write("history.jsonl", "{\"techlead\":\"hist");
        var entry = HistoryLine.Read(Line, out _)!;

        HistoryFile.Append(path, entry);
        HistoryFile.Append(path, entry);
        HistoryFile.Append(Path.Combine(repo.Root, "new", "history.jsonl"), entry);

        Assert.Equal("{\"techlead\":\"hist\n" + Line + "\n" + Line + "\n", File.ReadAllText(path));
        Assert.Equal(Line + "\n", File.ReadAllText(Path.Combine(repo.Root, "new", "history.jsonl")));
        var warnings = new List<string>();
        Assert.Equal(2, HistoryFile.Read(path, warnings.Add).Count);
        Assert.Single(warnings);
    }

    [Fact]
    public void With_a_codeowners_file_a_line_counts_per_code_owner_and_per_adr_owner_inside()
    {
        using var repo = new TempRepo();
        repo.Write("CODEOWNERS", "/src/Shop.Domain/ @acme/domain-team\n");
        var result = HandMadeResults.Create(Cli.Ownership.CodeOwnership.Load(repo.Root));

        var line = HistoryLine.Write(HistoryEntries.Of(result, null, new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero)));

        // The ClientId info and the baselined violation are in files nobody owns; ADR-0007 and ADR-0012 are @acme/orders'.
        Assert.EndsWith(
            ",\"owners\":{\"(unowned)\":{\"new\":1,\"baselined\":1,\"adrOwners\":{\"@acme/orders\":{\"new\":1,\"baselined\":1}}},\"@acme/domain-team\":{\"new\":1,\"baselined\":0,\"adrOwners\":{\"@acme/orders\":{\"new\":1,\"baselined\":0}}}}}",
            line,
            StringComparison.Ordinal);
        var read = HistoryLine.Read(line, out var reason)!;
        Assert.Null(reason);
        Assert.Equal(line, HistoryLine.Write(read));
        Assert.Equal([("(unowned)", 1, 1), ("@acme/domain-team", 1, 0)], System.Linq.Enumerable.Select(read.Owners!, o => (o.Owner, o.Counts.New, o.Counts.Baselined)));
    }

    [Fact]
    public void A_violation_counts_once_per_code_owner_and_once_per_pair()
    {
        using var repo = new TempRepo();
        repo.Write("CODEOWNERS", "* @acme/a\n");
        var template = HandMadeResults.Create();
        var violation = template.Violations.First() with { CodeOwners = ["@acme/a", "@acme/b"], Owners = ["@acme/x", "@acme/y"] };
        var result = new Cli.Checking.CheckResult(template.Target, template.Adrs, [violation], template.Projects, template.Baseline, null) { Ownership = Cli.Ownership.CodeOwnership.Load(repo.Root) };

        var owners = HistoryEntries.Of(result, null, DateTimeOffset.UnixEpoch).Owners!;

        Assert.Equal(
            ["@acme/a 1: @acme/x 1, @acme/y 1", "@acme/b 1: @acme/x 1, @acme/y 1"],
            owners.Select(o => $"{o.Owner} {o.Counts.New}: {string.Join(", ", o.AdrOwners.Select(a => $"{a.AdrOwner} {a.Counts.New}"))}"));
    }

    [Fact]
    public void Lines_from_before_owner_counts_and_checks_without_codeowners_have_no_owners()
    {
        var old = HistoryLine.Read(Line, out _)!;
        var withoutFile = HistoryEntries.Of(HandMadeResults.Create(), null, DateTimeOffset.UnixEpoch);

        Assert.Null(old.Owners);
        Assert.Null(withoutFile.Owners);
        Assert.DoesNotContain("\"owners\"", HistoryLine.Write(withoutFile), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_with_malformed_owner_counts_is_skipped_with_the_field_named()
    {
        var line = Line[..^1] + ",\"owners\":{\"@acme/web\":{\"new\":1,\"adrOwners\":{}}}}";

        Assert.Null(HistoryLine.Read(line, out var reason));
        Assert.Equal("'owners.@acme/web.baselined' is missing or not number", reason);
    }
}
