using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using TechLead.Fitness.Tests.Support;
using Xunit.Abstractions;

namespace TechLead.Fitness.Tests.Xunit;

/// <summary>
/// The baseline ratchets in the fitness tests too (rules/0010): an entry hides at most <c>count</c> violations of its
/// key. Compiled code has no source lines, so a key's violations are taken in ordinal order of their report lines.
/// </summary>
public sealed class BaselineRatchetTests
{
    [Fact]
    public async Task Violations_beyond_count_fail_with_how_many_the_baseline_allows()
    {
        var cases = XunitHarness.Discover(typeof(RatchetedVocabularyTests));

        var failed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0012/say-customer"))).OfType<ITestFailed>());

        Assert.Equal(
            """
            ADR-0012/say-customer: 2 violation(s) — Say customer
            ADR: https://x.test/repo/docs/adr/0012-customer.md#say-customer
              [ADR-0012] 'clientName' uses 'Client'; say 'Customer' instead (rule say-customer: Say customer); baseline allows 1 of 3 found (in 'Crm.Accounts')
              [ADR-0012] 'clientPhone' uses 'Client'; say 'Customer' instead (rule say-customer: Say customer); baseline allows 1 of 3 found (in 'Crm.Accounts')
            2 violation(s) of ADR-0012/say-customer (1 more hidden by the baseline)
            """.ReplaceLineEndings("\n"),
            failed.Messages[0].ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Up_to_count_violations_pass()
    {
        var cases = XunitHarness.Discover(typeof(FullyBaselinedVocabularyTests));

        Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0012/say-customer"))).OfType<ITestPassed>());
    }
}

/// <summary>One method whose three parameter names use a banned synonym: three violations of one baseline key.</summary>
internal static class RatchetCorpus
{
    public const string Adr = """
        ---
        id: ADR-0012
        title: Say customer
        status: accepted
        rules:
          - id: say-customer
            kind: vocabulary
            terms: [{ use: Customer, instead-of: [Client] }]
        ---
        """;

    public const string Code = "namespace Crm { public sealed class Accounts { public void Register(string clientPhone, string clientName, string clientEmail) { } } }";

    public static string Baseline(int count) =>
        "{ \"version\": 1, \"entries\": [ { \"adr\": \"ADR-0012\", \"rule\": \"say-customer\", \"from\": \"M:Crm.Accounts.Register(System.String,System.String,System.String)\", \"to\": \"\", \"count\": " + count + " } ] }";

    public static AdrSource Adrs(int count) =>
        AdrSource.FromText("/repo/docs/adr/0012-customer.md", Adr).WithBaselineText("techlead.baseline.json", Baseline(count));

    public static Assembly Assembly => Assembly.LoadFrom(Corpus.PathOf("Crm", Code));
}

#pragma warning disable CA1812 // created by xunit's discoverer through reflection
internal sealed class RatchetedVocabularyTests : AdrFitnessTests
{
    public RatchetedVocabularyTests()
        : base(RatchetCorpus.Adrs(1), RatchetCorpus.Assembly)
    {
        AdrBaseUrl = "https://x.test/repo";
        RepositoryRoot = "/repo";
    }
}

internal sealed class FullyBaselinedVocabularyTests : AdrFitnessTests
{
    public FullyBaselinedVocabularyTests()
        : base(RatchetCorpus.Adrs(3), RatchetCorpus.Assembly)
    {
    }
}
#pragma warning restore CA1812
