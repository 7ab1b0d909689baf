using System.Linq;
using System.Threading.Tasks;
using TechLead.Fitness.Tests.Support;
using Xunit.Abstractions;

namespace TechLead.Fitness.Tests.Xunit;

public sealed class ExampleCaseTests
{
    [Fact]
    public async Task Correct_examples_pass_their_case()
    {
        var cases = XunitHarness.Discover(typeof(ShopArchitectureTests));

        var messages = await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0007/domain-sealed (examples)"));

        Assert.Single(messages.OfType<ITestPassed>());
    }

    [Fact]
    public async Task A_quiet_violating_example_and_a_broken_compliant_one_fail_with_reasons()
    {
        var cases = XunitHarness.Discover(typeof(WrongExamplesTests));

        var failed = Assert.Single((await XunitHarness.RunAsync(XunitHarness.Named(cases, "ADR-0010/sealed (examples)"))).OfType<ITestFailed>());

        Assert.Equal(
            "ADR-0010/sealed (examples): the rule's examples do not behave as declared\n"
            + "  the violating example does not violate the rule; make it break the rule\n"
            + "  the compliant example does not compile: TechLead.Examples.ADR-0010.sealed.compliant.0.cs(1,109): error CS1525: Invalid expression term ';'",
            failed.Messages[0].ReplaceLineEndings("\n"));
    }
}
