using System.Linq;
using System.Threading.Tasks;
using TechLead.Fitness.Tests.Support;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TechLead.Fitness.Tests.Xunit;

public sealed class DiscoveryTests
{
    [Fact]
    public void A_consumer_class_yields_one_case_per_accepted_or_proposed_rule_with_its_name_and_skip()
    {
        var cases = XunitHarness.Discover(typeof(ShopArchitectureTests));

        Assert.Equal(
            [
                ("ADR validation", null),
                ("ADR-0007/domain-no-infra", null),
                ("ADR-0007/customers-sealed-advice", null),
                ("ADR-0007/domain-sealed", null),
                ("ADR-0007/domain-sealed (examples)", null),
                ("ADR-0008/repo-suffix", "proposed: not enforced yet"),
            ],
            cases.Select(c => (c.DisplayName, (string?)c.SkipReason)).ToArray());
    }

    [Fact]
    public void Cases_keep_name_and_skip_through_serialization_and_have_distinct_ids()
    {
        var cases = XunitHarness.Discover(typeof(ShopArchitectureTests));

        var roundTripped = cases.Select(c => SerializationHelper.Deserialize<IXunitTestCase>(SerializationHelper.Serialize(c))).ToList();

        Assert.Equal(cases.Select(c => c.DisplayName), roundTripped.Select(c => c.DisplayName));
        Assert.Equal(cases.Select(c => c.SkipReason), roundTripped.Select(c => c.SkipReason));
        Assert.Equal(cases.Count, cases.Select(c => c.UniqueID).Distinct().Count());
    }

    [Fact]
    public async Task A_violated_rule_fails_with_the_report()
    {
        var testCase = XunitHarness.Named(XunitHarness.Discover(typeof(ShopArchitectureTests)), "ADR-0007/domain-no-infra");

        var failed = Assert.Single((await XunitHarness.RunAsync(testCase)).OfType<ITestFailed>());

        Assert.Equal(
            """
            ADR-0007/domain-no-infra: 2 violation(s) — Domain stays persistence-ignorant
            ADR: https://github.com/acme/shop/blob/main/docs/adr/0007-domain-persistence-ignorant.md#domain-no-infra
            Owners: @acme/orders
              [ADR-0007] 'Shop.Domain.Invoice' must not depend on 'Shop.Infrastructure.Db.DbException' (rule domain-no-infra: Domain stays persistence-ignorant)
              [ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant)
            2 violation(s) of ADR-0007/domain-no-infra
            """.ReplaceLineEndings("\n"),
            failed.Messages[0].ReplaceLineEndings("\n"));
        Assert.Equal(typeof(AdrFitnessException).FullName, failed.ExceptionTypes[0]);
    }

    [Fact]
    public async Task A_kept_rule_passes_and_a_proposed_rule_is_reported_as_skipped()
    {
        var cases = XunitHarness.Discover(typeof(ShopArchitectureTests));

        var passed = await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0007/domain-sealed"));
        var skipped = await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0008/repo-suffix"));

        Assert.Single(passed.OfType<ITestPassed>());
        Assert.Equal("proposed: not enforced yet", Assert.Single(skipped.OfType<ITestSkipped>()).Reason);
    }

    [Fact]
    public async Task A_rule_with_warning_severity_passes_and_lists_its_violations_in_the_output()
    {
        var testCase = XunitHarness.Named(XunitHarness.Discover(typeof(ShopArchitectureTests)), "ADR-0007/customers-sealed-advice");

        var passed = Assert.Single((await XunitHarness.RunAsync(testCase)).OfType<ITestPassed>());

        Assert.Equal(
            "warning TL0204: [ADR-0007] 'Shop.Domain.Customer' must be static (rule customers-sealed-advice: Domain stays persistence-ignorant)\n",
            passed.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Adr_problems_fail_the_validation_case_with_file_line_and_column()
    {
        var cases = XunitHarness.Discover(typeof(BrokenAdrTests));

        var failed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR validation"))).OfType<ITestFailed>());

        Assert.Equal(["ADR validation"], cases.Select(c => c.DisplayName));
        Assert.Equal("ADR validation: 1 problem(s) in ADR text\n  docs/adr/0001-broken.md:7:11: TL9002: rule 'bad': unknown kind 'forbidd'; did you mean 'forbid'?", failed.Messages[0].ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task A_rule_problem_in_a_proposed_ADR_is_reported_at_info_and_passes_the_validation_case()
    {
        var cases = XunitHarness.Discover(typeof(BrokenProposedAdrTests));

        var passed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR validation"))).OfType<ITestPassed>());

        Assert.Equal("info docs/adr/0001-broken.md:7:11: TL9002: rule 'bad': unknown kind 'forbidd'; did you mean 'forbid'?\n", passed.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Adr_warnings_such_as_broken_supersession_pass_the_validation_case()
    {
        var results = await XunitHarness.RunAsync(Assert.Single(XunitHarness.Discover(typeof(SupersessionWarningTests))));

        Assert.Empty(results.OfType<ITestFailed>());
        Assert.Single(results.OfType<ITestPassed>());
    }

    [Fact]
    public async Task A_missing_adr_directory_fails_the_validation_case()
    {
        var cases = XunitHarness.Discover(typeof(MissingDirectoryTests));

        var failed = Assert.Single((await XunitHarness.RunAsync(Assert.Single(cases))).OfType<ITestFailed>());

        Assert.Contains("ADR directory 'no/such/adr/folder' not found", failed.Messages[0], System.StringComparison.Ordinal);
    }
}

public sealed class EngineChoiceTests
{
    [Fact]
    public void On_the_NetArchTest_engine_kinds_it_cannot_check_are_skipped_with_the_reason()
    {
        var cases = XunitHarness.Discover(typeof(ShopArchitectureOnNetArchTest));

        Assert.Equal(
            [
                ("ADR validation", null),
                ("ADR-0007/domain-no-infra", null),
                ("ADR-0007/customers-sealed-advice", null),
                ("ADR-0007/domain-sealed", null),
                ("ADR-0007/domain-sealed (examples)", null),
                ("ADR-0008/repo-suffix", "proposed: not enforced yet"),
            ],
            cases.Select(c => (c.DisplayName, (string?)c.SkipReason)).ToArray());
    }
}
