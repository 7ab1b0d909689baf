using System.Reflection;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Xunit;

// Consumer-style fitness classes. Internal, so this project's own xunit run does not discover them;
// the tests drive xunit's discovery and execution on them explicitly.
#pragma warning disable CA1812 // created by xunit's discoverer through reflection

internal sealed class ShopArchitectureTests : AdrFitnessTests
{
    public ShopArchitectureTests()
        : base(AdrSource.FromTexts(ConsumerAdrs.Files), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
        AdrBaseUrl = "https://github.com/acme/shop/blob/main/";
        RepositoryRoot = ".";
    }
}

internal sealed class ShopArchitectureOnNetArchTest : AdrFitnessTests
{
    public ShopArchitectureOnNetArchTest()
        : base(AdrSource.FromTexts(ConsumerAdrs.Files), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
        Engine = FitnessEngine.NetArchTest;
    }
}

internal sealed class BrokenAdrTests : AdrFitnessTests
{
    public BrokenAdrTests()
        : base(AdrSource.FromText("docs/adr/0001-broken.md", "---\nid: ADR-0001\ntitle: Broken\nstatus: accepted\nrules:\n  - id: bad\n    kind: forbidd\n---\n# Broken\n"), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
    }
}

internal sealed class MissingDirectoryTests : AdrFitnessTests
{
    public MissingDirectoryTests()
        : base(AdrSource.FromDirectory("no/such/adr/folder"), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
    }
}
#pragma warning restore CA1812
