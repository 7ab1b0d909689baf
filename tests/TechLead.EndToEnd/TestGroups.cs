using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;
using TechLead.EndToEnd.Shop;

// How the suite runs side by side. The tests mostly wait for child processes (dotnet pack, build, test, format, the
// language server), so three run at once on a 2-core machine. The chain that decides the run's length is the pack
// followed by the tutorial or by the Shop copy's tests: the tutorial's test starts the pack first, the two tests that
// need no feed run meanwhile, and the feed's other slow consumers queue behind them (StartOrder). The tests needing
// the feed share one pack per run (LocalFeedFixture); the rest start in xunit's own order.
[assembly: CollectionBehavior(MaxParallelThreads = 3)]
[assembly: TestCollectionOrderer("TechLead.EndToEnd.Infrastructure.StartOrderCollectionOrderer", "TechLead.EndToEnd")]

namespace TechLead.EndToEnd;

/// <summary>docs/tutorial.md: one long test (its first step packs the feed).</summary>
[CollectionDefinition(Name)]
[StartOrder(1)]
public sealed class TutorialTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "tutorial";
}

/// <summary>samples/Shop's architecture tests, run in place: no feed, so it runs while the feed is packed.</summary>
[CollectionDefinition(Name)]
[StartOrder(2)]
public sealed class ShopArchitectureTestGroup
{
    public const string Name = "shop-architecture";
}

/// <summary>docs/getting-started.md.</summary>
[CollectionDefinition(Name)]
[StartOrder(5)]
public sealed class GettingStartedTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "getting-started";
}

/// <summary>dotnet format on small consumers of the package.</summary>
[CollectionDefinition(Name)]
[StartOrder(6)]
public sealed class CodeFixFormatTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "code-fix-format";
}

/// <summary>docs/ci/github-actions.yml run step by step on a fresh clone (CiTemplates).</summary>
[CollectionDefinition(Name)]
[StartOrder(7)]
public sealed class CiGitHubTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "ci-github";
}

/// <summary>docs/ci/azure-pipelines.yml run step by step on a fresh clone.</summary>
[CollectionDefinition(Name)]
[StartOrder(8)]
public sealed class CiAzureTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "ci-azure";
}

/// <summary>docs/ci/gitlab-ci.yml run step by step on a fresh clone.</summary>
[CollectionDefinition(Name)]
[StartOrder(9)]
public sealed class CiGitLabTestGroup : ICollectionFixture<LocalFeedFixture>
{
    public const string Name = "ci-gitlab";
}
