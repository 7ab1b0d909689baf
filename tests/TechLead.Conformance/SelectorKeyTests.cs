using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance;

/// <summary>
/// The regex and modifier selector keys (Corpus/Source/SelectorKeys.cs, rules/0035): every engine selects the same
/// types, for type-level rules and on both sides of a dependency rule.
/// </summary>
public sealed class SelectorKeyTests
{
    [Theory]
    [InlineData("ADR-0015/abstract-picked")]
    [InlineData("ADR-0015/concrete-classes-picked")]
    [InlineData("ADR-0015/sealed-picked")]
    [InlineData("ADR-0015/static-picked")]
    public void Modifier_keys(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0015/services-sealed")]
    [InlineData("ADR-0015/repo-without-arity")]
    [InlineData("ADR-0015/full-name-with-arity")]
    [InlineData("ADR-0015/nested-full-name")]
    [InlineData("ADR-0015/anchored-namespaces")]
    [InlineData("ADR-0015/regex-with-except")]
    public void Regex_keys(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0015/app-no-static-helpers")]
    [InlineData("ADR-0015/app-no-static-framework-classes")]
    [InlineData("ADR-0015/concrete-app-no-helpers")]
    [InlineData("ADR-0015/api-no-abstract-repo")]
    public void Keys_on_both_sides_of_a_dependency_rule(string rule) => ConformanceAssert.Conforms(rule);

    [Theory]
    [InlineData("ADR-0015/domain-no-data-access")]
    [InlineData("ADR-0015/only-auditing-knows-audit-entries")]
    public void Namespace_regexes_as_public_suites_write_them(string rule) => ConformanceAssert.Conforms(rule);

    [Fact]
    public void NetArchTest_checks_a_regex_from_and_declares_a_skip_for_a_regex_or_modifier_to()
    {
        var corpus = ConformanceCorpus.Instance;
        Assert.NotNull(corpus.FindingsOf(EngineName.NetArchTest, corpus.Rule("ADR-0015/concrete-app-no-helpers")));
        Assert.NotNull(corpus.FindingsOf(EngineName.NetArchTest, corpus.Rule("ADR-0015/services-sealed")));
        Assert.Equal(
            "the NetArchTest engine matches dependencies by namespace or type name only, not 'to: { abstract: true, name-matches: ^I?Repo$ }'; use FitnessEngine.ArchUnitNet",
            FitnessRun.WhyNetArchTestSkips(corpus.Rule("ADR-0015/api-no-abstract-repo")));
    }
}
