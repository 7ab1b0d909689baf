using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;
using Xunit.Abstractions;

namespace TechLead.EndToEnd.CiTemplates;

// Each template of docs/ci, run step by step as its CI service runs it, on a fresh clone of a repository set up as
// docs/getting-started.md says, with an empty NuGet cache: the packages come from the repository, the links from the
// CI's own variables. One class per template, each a collection of its own, so the three run side by side.

/// <summary>docs/ci/github-actions.yml on a push to main and on a pull request.</summary>
[Collection(CiGitHubTestGroup.Name)]
public sealed class GitHubActionsTemplateRunTests(LocalFeedFixture feed, ITestOutputHelper output)
{
    private const string Template = "github-actions.yml";
    private const string PullRequestGate = "Gate the pull request on the lines it changes";
    private const string BranchGate = "Gate the branch and record its history line";

    [Fact]
    public async Task A_push_installs_from_the_repository_and_every_output_links_to_the_commit_on_github()
    {
        using var runner = await FreshRunner.StartAsync(feed, "ci-github-push");
        var job = GitHubWorkflow.Read(Template, runner.Checkout, runner.Temp, Context("push", runner.Origin.MainCommit, baseRef: string.Empty));

        var runs = await runner.RunAsync(job, output);

        FreshRunner.AssertSteps(runs, PullRequestGate);
        runner.AssertPackagesCameFromTheRepository();
        var link = FreshRunner.RuleLink($"https://github.com/acme/orders/blob/{runner.Origin.MainCommit}");
        FreshRunner.AssertLinksToTheHost("techlead.sarif", runner.ReadCheckoutFile("techlead.sarif"), link);
        FreshRunner.AssertLinksToTheHost("the step summary", File.ReadAllText(job.Environment["GITHUB_STEP_SUMMARY"]), link);
        var annotations = Output(runs, BranchGate);
        Assert.Contains($"::warning file={CiConsumerOrigin.LegacyViolation},line=", annotations, System.StringComparison.Ordinal);
        FreshRunner.AssertLinksToTheHost("the annotations", annotations, "%0A" + link);
        Assert.True(File.Exists(Path.Combine(runner.Checkout, "techlead.history.jsonl")));
    }

    [Fact]
    public async Task A_pull_request_annotates_only_its_own_violation_with_the_link_to_its_commit()
    {
        using var runner = await FreshRunner.StartAsync(feed, "ci-github-pr", CiConsumerOrigin.FeatureBranch);
        var job = GitHubWorkflow.Read(Template, runner.Checkout, runner.Temp, Context("pull_request", runner.Origin.FeatureCommit, baseRef: "main"));

        var runs = await runner.RunAsync(job, output);

        FreshRunner.AssertSteps(runs, BranchGate, "Keep the history line");
        var annotations = Output(runs, PullRequestGate);
        Assert.Contains($"::warning file={CiConsumerOrigin.NewViolation},line=", annotations, System.StringComparison.Ordinal);
        Assert.DoesNotContain(CiConsumerOrigin.LegacyViolation, annotations, System.StringComparison.Ordinal);
        FreshRunner.AssertLinksToTheHost("the annotations", annotations, "%0A" + FreshRunner.RuleLink($"https://github.com/acme/orders/blob/{runner.Origin.FeatureCommit}"));
    }

    private static Dictionary<string, string> Context(string eventName, string sha, string baseRef) => new()
    {
        ["github.server_url"] = "https://github.com",
        ["github.repository"] = "acme/orders",
        ["github.sha"] = sha,
        ["github.event_name"] = eventName,
        ["github.base_ref"] = baseRef,
    };

    private static string Output(IReadOnlyList<CiStepRun> runs, string step) => Assert.Single(runs, r => r.Step.Name == step).Output;
}

/// <summary>docs/ci/azure-pipelines.yml on a push to main of an Azure Repos repository.</summary>
[Collection(CiAzureTestGroup.Name)]
public sealed class AzurePipelinesTemplateRunTests(LocalFeedFixture feed, ITestOutputHelper output)
{
    [Fact]
    public async Task A_run_installs_from_the_repository_and_its_reports_link_to_the_commit_in_azure_repos()
    {
        using var runner = await FreshRunner.StartAsync(feed, "ci-azure");
        var staging = Path.Combine(runner.Temp, "a");
        Directory.CreateDirectory(staging);
        var job = AzurePipeline.Read("azure-pipelines.yml", new Dictionary<string, string>
        {
            ["Build.Repository.Uri"] = "https://dev.azure.com/acme/orders/_git/orders",
            ["Build.SourceVersion"] = runner.Origin.MainCommit,
            ["Build.SourcesDirectory"] = runner.Checkout,
            ["Build.ArtifactStagingDirectory"] = staging,
        });

        var runs = await runner.RunAsync(job, output);

        FreshRunner.AssertSteps(runs);
        runner.AssertPackagesCameFromTheRepository();
        var link = FreshRunner.RuleLink($"https://dev.azure.com/acme/orders/_git/orders?version=GC{runner.Origin.MainCommit}&path=/");
        FreshRunner.AssertLinksToTheHost("the SARIF log", File.ReadAllText(Path.Combine(staging, "CodeAnalysisLogs", "techlead.sarif")), link);
        var summary = Path.Combine(staging, "techlead.md");
        FreshRunner.AssertLinksToTheHost("the summary", File.ReadAllText(summary), link);
        Assert.Contains("##vso[task.uploadsummary]" + summary, Assert.Single(runs, r => r.Step.Name == "Check for reports").Output, System.StringComparison.Ordinal);
    }
}

/// <summary>docs/ci/gitlab-ci.yml in a pipeline of a GitLab project.</summary>
[Collection(CiGitLabTestGroup.Name)]
public sealed class GitLabCiTemplateRunTests(LocalFeedFixture feed, ITestOutputHelper output)
{
    [Fact]
    public async Task A_pipeline_installs_from_the_repository_and_its_code_quality_report_links_to_the_commit_on_gitlab()
    {
        using var runner = await FreshRunner.StartAsync(feed, "ci-gitlab");
        var job = GitLabJob.Read("gitlab-ci.yml", new Dictionary<string, string>
        {
            ["CI_PROJECT_URL"] = "https://gitlab.example.com/acme/orders",
            ["CI_COMMIT_SHA"] = runner.Origin.MainCommit,
            ["CI_PROJECT_DIR"] = runner.Checkout,
        });

        var runs = await runner.RunAsync(job, output);

        FreshRunner.AssertSteps(runs);
        runner.AssertPackagesCameFromTheRepository();
        var link = FreshRunner.RuleLink($"https://gitlab.example.com/acme/orders/-/blob/{runner.Origin.MainCommit}");
        FreshRunner.AssertLinksToTheHost("the Code Quality report", runner.ReadCheckoutFile("gl-code-quality-report.json"), link);
    }
}
