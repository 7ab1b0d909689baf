using System.Linq;
using System.Threading.Tasks;
using TechLead.Fitness.Tests.Support;
using Xunit.Abstractions;

namespace TechLead.Fitness.Tests.Xunit;

public sealed class BaselineTests
{
    [Fact]
    public async Task Unexpired_entries_hide_expired_ones_do_not_and_stale_ones_warn_in_the_output()
    {
        var cases = XunitHarness.Discover(typeof(BaselinedTests));

        var messages = await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0007/domain-no-infra"));

        var failed = Assert.Single(messages.OfType<ITestFailed>());
        Assert.Equal(
            """
            ADR-0007/domain-no-infra: 1 violation(s) — Domain stays persistence-ignorant
            ADR: file:///{path}#domain-no-infra
            Owners: @acme/orders
              [ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant)
            1 violation(s) of ADR-0007/domain-no-infra (1 more hidden by the baseline)
            """.Replace("file:///{path}", new System.Uri(System.IO.Path.GetFullPath("docs/adr/0007-domain-persistence-ignorant.md")).AbsoluteUri, System.StringComparison.Ordinal).ReplaceLineEndings("\n"),
            failed.Messages[0].ReplaceLineEndings("\n"));
        Assert.Equal(
            "warning techlead.baseline.json:4:3: TL9004: baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Gone' -> 'T:Shop.Infrastructure.Db.ShopContext' (count 2) no longer matches any violation: remove it or run 'techlead baseline update'\n",
            failed.Output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Entries_of_rules_that_no_longer_exist_warn_in_the_validation_case()
    {
        var cases = XunitHarness.Discover(typeof(BaselinedTests));

        var passed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR validation"))).OfType<ITestPassed>());

        Assert.StartsWith("warning techlead.baseline.json:5:3: TL9004: baseline entry ADR-0099/deleted-rule 'T:Shop.Domain.Order' (count 1) no longer matches any violation", passed.Output, System.StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_mode_turns_stale_entries_into_failures()
    {
        var cases = XunitHarness.Discover(typeof(StrictBaselinedTests));

        var failed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0007/domain-no-infra"))).OfType<ITestFailed>());

        Assert.Equal(
            "ADR-0007/domain-no-infra: strict baseline\n  techlead.baseline.json:4:3: TL9004: baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Gone' -> 'T:Shop.Infrastructure.Db.ShopContext' (count 2) no longer matches any violation: remove it or run 'techlead baseline update'",
            failed.Messages[0].ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Strict_mode_fails_validation_when_the_baseline_file_is_missing()
    {
        var cases = XunitHarness.Discover(typeof(StrictWithoutBaselineTests));

        var failed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR validation"))).OfType<ITestFailed>());

        Assert.Equal(
            "ADR validation: 1 problem(s) in ADR text\n  /no/such/techlead.baseline.json: TL9004: baseline file not found; strict mode needs one (create it with 'techlead baseline create')",
            failed.Messages[0].ReplaceLineEndings("\n"));
    }
}

public sealed class NetArchTestBaselineTests
{
    [Fact]
    public async Task Without_a_reported_target_an_entry_hides_the_violating_type_by_adr_rule_and_from()
    {
        var cases = XunitHarness.Discover(typeof(NetArchTestBaselinedTests));

        var messages = await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0007/domain-no-infra"));

        // Both Order and Invoice have unexpired entries on 2025-12-01; only the entry for the removed type is stale.
        var passed = Assert.Single(messages.OfType<ITestPassed>());
        Assert.Equal(
            "warning techlead.baseline.json:4:3: TL9004: baseline entry ADR-0007/domain-no-infra 'T:Shop.Domain.Gone' -> 'T:Shop.Infrastructure.Db.ShopContext' (count 2) no longer matches any violation: remove it or run 'techlead baseline update'\n",
            passed.Output.ReplaceLineEndings("\n"));
    }
}
