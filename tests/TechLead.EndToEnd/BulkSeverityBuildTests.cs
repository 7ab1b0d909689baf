using System;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;
using TechLead.EndToEnd.Shop;

namespace TechLead.EndToEnd;

/// <summary>
/// A real <c>dotnet build</c> of a minimal-API-shaped consumer (top-level statements, RootNamespace Acme.Api) in a
/// repository whose .editorconfig escalates every analyzer diagnostic with
/// <c>dotnet_analyzer_diagnostic.severity = error</c>: a proposed ADR still never fails the build (rules/0011), an
/// accepted <c>severity: warning</c> rule becomes an error as any analyzer's warning does, and the top-level Program
/// counts as <c>Acme.Api.Program</c> through the package's compiler-visible RootNamespace.
/// </summary>
public sealed class BulkSeverityBuildTests(LocalFeedFixture feed) : IClassFixture<LocalFeedFixture>, IDisposable
{
    private const string Program = """
        System.Console.WriteLine(new Acme.Infrastructure.InMemoryStore());

        namespace Acme.Infrastructure
        {
            public sealed class InMemoryStore
            {
            }
        }
        """;

    private const string Message = "[ADR-0001] 'Acme.Api.Program' must not depend on 'Acme.Infrastructure.InMemoryStore' (rule api-no-infra: The API talks to the domain)";

    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(8);

    private readonly CancellationTokenSource _budget = new(Budget);

    [Theory]
    [InlineData("dotnet_analyzer_diagnostic.severity = error")]
    [InlineData("dotnet_diagnostic.TL0002.severity = error")]
    public async Task A_proposed_ADR_stays_info_and_the_build_succeeds(string escalation)
    {
        using var repo = await ConsumerAsync(status: "proposed", severity: "error", escalation);

        var (build, results) = await BuildAsync(repo);

        Assert.True(build.Succeeded, build.Describe("A proposed ADR failed the build under dotnet_analyzer_diagnostic.severity = error"));
        var result = Assert.Single(results);
        Assert.Equal(("TL0002", BuildSeverity.Info, Message), (result.RuleId, result.Level, result.Message));
        Assert.Equal("T:Acme.Api.Program", result.Property("baselineFrom"));
    }

    [Fact]
    public async Task An_accepted_warning_rule_becomes_an_error_as_any_analyzer_warning_does()
    {
        using var repo = await ConsumerAsync(status: "accepted", severity: "warning");

        var (build, results) = await BuildAsync(repo);

        Assert.False(build.Succeeded, build.Describe("The escalated warning did not fail the build"));
        var result = Assert.Single(results);
        Assert.Equal(("TL0002", BuildSeverity.Error, Message), (result.RuleId, result.Level, result.Message));
    }

    public void Dispose() => _budget.Dispose();

    private async Task<ConsumerRepository> ConsumerAsync(string status, string severity, string escalation = "dotnet_analyzer_diagnostic.severity = error")
    {
        await feed.EnsurePackedAsync();
        _budget.CancelAfter(Budget); // from here: the pack has its own bound
        var repo = ConsumerRepository.Create(
            feed,
            projectProperties: "<OutputType>Exe</OutputType><RootNamespace>Acme.Api</RootNamespace><EnableNETAnalyzers>false</EnableNETAnalyzers>"
                + "<ErrorLog>$(MSBuildProjectDirectory)/../../build.sarif,version=2.1</ErrorLog>");
        repo.WriteFile(".editorconfig", $"root = true\n\n[*.cs]\n{escalation}\n");
        repo.WriteFile("docs/adr/0001-api-boundary.md", $"""
            ---
            id: ADR-0001
            title: The API talks to the domain
            status: {status}
            rules:
              - id: api-no-infra
                kind: forbid
                severity: {severity}
                from: Acme.Api.**
                to: Acme.Infrastructure.**
            ---
            # The API talks to the domain
            """);
        repo.WriteFile(Path.Combine(ConsumerRepository.ProjectDirectory, "Program.cs"), Program);
        return repo;
    }

    private async Task<(ProcessResult Build, SarifResult[] Results)> BuildAsync(ConsumerRepository repo)
    {
        var log = repo.FullPath("build.sarif");
        var build = await repo.BuildAsync(_budget.Token);
        Assert.True(File.Exists(log), build.Describe("The compiler wrote no SARIF log"));
        return (build, SarifResult.Read(log).ToArray());
    }
}
