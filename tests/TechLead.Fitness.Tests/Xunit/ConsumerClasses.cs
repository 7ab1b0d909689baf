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

internal sealed class BrokenProposedAdrTests : AdrFitnessTests
{
    public BrokenProposedAdrTests()
        : base(AdrSource.FromText("docs/adr/0001-broken.md", "---\nid: ADR-0001\ntitle: Broken\nstatus: proposed\nrules:\n  - id: bad\n    kind: forbidd\n---\n# Broken\n"), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
    }
}

internal sealed class SupersessionWarningTests : AdrFitnessTests
{
    public SupersessionWarningTests()
        : base(AdrSource.FromText("docs/adr/0003-old.md", "---\nid: ADR-0003\ntitle: Old\nstatus: superseded\n---\n# Old\n"), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
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

#pragma warning disable CA1812 // created by xunit's discoverer through reflection
internal static class Baselines
{
    public const string Path = "techlead.baseline.json";

    public const string Text = """
        { "version": 1, "entries": [
          { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Invoice", "to": "T:Shop.Infrastructure.Db.DbException", "count": 1 },
          { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Order", "to": "T:Shop.Infrastructure.Db.ShopContext", "count": 1, "expires": "2026-01-31" },
          { "adr": "ADR-0007", "rule": "domain-no-infra", "from": "T:Shop.Domain.Gone", "to": "T:Shop.Infrastructure.Db.ShopContext", "count": 2 },
          { "adr": "ADR-0099", "rule": "deleted-rule", "from": "T:Shop.Domain.Order", "to": "", "count": 1 }
        ] }
        """;
}

internal sealed class BaselinedTests : AdrFitnessTests
{
    public BaselinedTests()
        : base(AdrSource.FromTexts(ConsumerAdrs.Files).WithBaselineText(Baselines.Path, Baselines.Text), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
        Today = "2026-03-01";
    }
}

internal sealed class StrictBaselinedTests : AdrFitnessTests
{
    public StrictBaselinedTests()
        : base(AdrSource.FromTexts(ConsumerAdrs.Files).WithBaselineText(Baselines.Path, Baselines.Text), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
        Strict = true;
        Today = "2025-12-01";
    }
}

internal sealed class StrictWithoutBaselineTests : AdrFitnessTests
{
    public StrictWithoutBaselineTests()
        : base(AdrSource.FromTexts(ConsumerAdrs.Files).WithBaselineFile("/no/such/techlead.baseline.json"), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
        Strict = true;
    }
}

internal sealed class WrongExamplesTests : AdrFitnessTests
{
    public WrongExamplesTests()
        : base(
            AdrSource.FromText("docs/adr/0010-sealed.md", """
                ---
                id: ADR-0010
                title: Sealed by default
                status: accepted
                rules:
                  - id: sealed
                    kind: modifiers
                    types: Shop.Domain.*
                    sealed: true
                    examples:
                      violating: "namespace Shop.Domain { public sealed class AlreadySealed { } }"
                      compliant: "namespace Shop.Domain { public class Open : Shop.Infrastructure.Db.ShopContext { } } class Broken { int x = ; }"
                ---
                # Sealed by default
                """),
            Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
    }
}
#pragma warning restore CA1812

#pragma warning disable CA1812 // created by xunit's discoverer through reflection
internal sealed class NetArchTestBaselinedTests : AdrFitnessTests
{
    public NetArchTestBaselinedTests()
        : base(AdrSource.FromTexts(ConsumerAdrs.Files).WithBaselineText(Baselines.Path, Baselines.Text), Assembly.LoadFrom(ShopCorpus.AssemblyPath))
    {
        Engine = FitnessEngine.NetArchTest;
        Today = "2025-12-01";
    }
}
#pragma warning restore CA1812
