using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests.Validation;

/// <summary>The build severity of an ADR problem follows the ADR's status where that status is known (rules/0015).</summary>
public sealed class AdrProblemSeverityTests
{
    private const string Path = "/repo/docs/adr/0007-x.md";

    private static AdrSet WithTypo(string statusLine) =>
        AdrSet.Load([new AdrSourceFile(Path, $"---\nid: ADR-0007\ntitle: X\n{statusLine}rules:\n  - id: typo\n    kind: forbidd\n---\n# X\n")]);

    [Theory]
    [InlineData("status: proposed\n", RuleSeverity.Info)]
    [InlineData("status: superseded\nsuperseded-by: ADR-0007\n", RuleSeverity.Info)]
    [InlineData("status: accepted\n", RuleSeverity.Error)]
    [InlineData("status: propsed\n", RuleSeverity.Error)]
    public void A_rule_problem_counts_at_info_only_in_an_ADR_known_not_to_be_accepted(string statusLine, RuleSeverity expected)
    {
        var set = WithTypo(statusLine);

        var typo = set.Diagnostics.Single(d => d.Message.StartsWith("rule 'typo'", System.StringComparison.Ordinal));
        Assert.Equal((RuleSeverity.Error, expected), (typo.Severity, set.BuildSeverity(typo)));
    }

    [Fact]
    public void An_invalid_status_is_the_status_problem_and_keeps_its_severity()
    {
        var set = WithTypo("status: propsed\n");

        var problem = set.StatusProblem(set.Documents.Single());
        Assert.Equal(("TL9002", RuleSeverity.Error), (problem?.Id, problem is null ? RuleSeverity.None : set.BuildSeverity(problem)));
        Assert.Null(set.KnownStatusAt(Path));
    }

    [Fact]
    public void A_front_matter_that_is_not_YAML_leaves_the_status_unknown()
    {
        var set = AdrSet.Load([new AdrSourceFile(Path, "---\nid: ADR-0007\ntitle: [unclosed\n---\n# X\n")]);

        Assert.Equal("TL9001", set.StatusProblem(set.Documents.Single())?.Id);
    }

    [Fact]
    public void A_file_that_is_not_an_ADR_at_all_is_listed_as_unreadable_under_its_file_id()
    {
        var set = AdrSet.Load([new AdrSourceFile(Path, "---\nid: ADR-0007\n---\n\uFFFD")]);

        var unreadable = Assert.Single(set.Unreadable);
        Assert.Equal(("ADR-0007", "TL9001"), (unreadable.Id, unreadable.Problem.Id));
    }

    [Theory]
    [InlineData("T:Acme.Api.Program", "T:Program")]
    [InlineData("M:Acme.Api.Program.Helper(System.Int32)", "M:Program.Helper(System.Int32)")]
    [InlineData("T:Acme.Api.Programs", null)]
    [InlineData("T:Acme.Other.Program", null)]
    public void The_top_level_Program_id_maps_back_to_the_compiler_name(string id, string? expected) =>
        Assert.Equal(expected, TopLevelProgram.UnqualifyDocumentationId(id, "Acme.Api"));
}
