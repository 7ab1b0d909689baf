using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.LocalFeed;
using Xunit.Abstractions;

namespace TechLead.EndToEnd;

/// <summary>
/// Every code fix applied by a real tool run: <c>dotnet format analyzers</c> on a small consumer of the packed
/// TechLead.Analyzers, so the diagnostics come from the real analyzer and the fixes from the package's CodeFixes
/// assembly. dotnet format fixes each diagnostic ID through one solution-wide Fix All, and keeps a fix only when it
/// changes an existing document or additional document (see docs/code-fixes.md).
/// </summary>
[Collection(CodeFixFormatTestGroup.Name)]
public sealed class CodeFixDotnetFormatTests(LocalFeedFixture feed, ITestOutputHelper output)
{
    private const string Report = "src/App/Features/Report.cs";
    private const string OrderService = "src/App/Features/OrderService.cs";
    private const string OrderRepo = "src/App/Data/OrderRepo.cs";
    private const string Domain = "src/App/Domain.cs";
    private const string Baseline = "techlead.baseline.json";
    private static readonly TimeSpan TestBudget = TimeSpan.FromMinutes(12);
    private static readonly TimeSpan FormatTimeout = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Use_instead_modifiers_and_rename_are_applied_by_dotnet_format()
    {
        await feed.EnsurePackedAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-no-local-clock.md", """
            ---
            id: ADR-0001
            title: Features use the shared helpers
            status: accepted
            rules:
              - id: helpers
                kind: banned-api
                in: App.Features.**
                apis:
                  - symbol: P:System.DateTime.Now
                    use-instead: P:System.DateTime.UtcNow
                  - symbol: M:System.IO.File.ReadAllText(System.String)
                    use-instead: M:App.Storage.Files.ReadText(System.String)
                  - symbol: M:System.String.ToLower
                    use-instead: M:System.String.ToLowerInvariant
            ---
            # Features use the shared helpers
            """);
        repo.WriteFile("docs/adr/0002-sealed-services.md", """
            ---
            id: ADR-0002
            title: Services are sealed
            status: accepted
            rules:
              - { id: sealed-services, kind: modifiers, types: App.Features.*Service, sealed: true }
            ---
            # Services are sealed
            """);
        repo.WriteFile("docs/adr/0003-repositories.md", """
            ---
            id: ADR-0003
            title: Repositories say so
            status: accepted
            rules:
              - { id: repository-suffix, kind: naming, types: App.Data.**, pattern: "^[A-Z][A-Za-z0-9]*Repository$" }
            ---
            # Repositories say so
            """);
        repo.WriteFile("src/App/Storage/Files.cs", "namespace App.Storage;\n\npublic static class Files\n{\n    public static string ReadText(string path) => System.IO.File.ReadAllText(path);\n}\n");
        repo.WriteFile(OrderRepo, "namespace App.Data;\n\npublic sealed class OrderRepo\n{\n}\n");
        repo.WriteFile(OrderService, "namespace App.Features;\n\npublic class OrderService\n{\n}\n");
        repo.WriteFile(Report, """
            using System;
            using System.IO;
            using App.Data;
            using App.Storage;

            namespace App.Features;

            public static class Report
            {
                public static DateTime Stamp() => DateTime.Now;

                public static string Load(string path) => File.ReadAllText(path);

                public static string Key(string name) => name.ToLower();

                public static OrderRepo Orders() => new OrderRepo();
            }

            """);
        await repo.RestoreAsync(budget.Token);

        // One ID per run, as docs/code-fixes.md says: given TL0101 and TL0204 together, dotnet format 10.0.401
        // skips every TL0101 ("didn't return a Fix All action"), although each ID alone fixes cleanly.
        foreach (var id in new[] { "TL0101", "TL0204", "TL0201" })
        {
            var format = await repo.FormatAnalyzersAsync(FormatTimeout, budget.Token, id);
            output.WriteLine(format.Describe("dotnet format " + id));
            format.EnsureSuccess();
        }

        // TL0101, each banned member by its own use-instead: a property of the same type (member access), a static
        // method of another type (invocation), an instance method of the same type.
        Assert.Equal("""
            using System;
            using System.IO;
            using App.Data;
            using App.Storage;

            namespace App.Features;

            public static class Report
            {
                public static DateTime Stamp() => DateTime.UtcNow;

                public static string Load(string path) => Files.ReadText(path);

                public static string Key(string name) => name.ToLowerInvariant();

                public static OrderRepository Orders() => new OrderRepository();
            }

            """, repo.ReadFile(Report));
        // TL0204: sealed added. TL0201: the type renamed (above: its references too); the file keeps its name.
        Assert.Equal("namespace App.Features;\n\npublic sealed class OrderService\n{\n}\n", repo.ReadFile(OrderService));
        Assert.Equal("namespace App.Data;\n\npublic sealed class OrderRepository\n{\n}\n", repo.ReadFile(OrderRepo));
        // "Add to baseline" also claims these IDs; with no baseline file its edit would create one, which dotnet format drops.
        Assert.False(File.Exists(repo.FullPath(Baseline)));
    }

    [Fact]
    public async Task Add_to_baseline_updates_an_existing_baseline_file_and_creates_none()
    {
        await feed.EnsurePackedAsync();
        using var budget = new CancellationTokenSource(TestBudget);
        using var repo = ConsumerRepository.Create(feed);
        repo.WriteFile("docs/adr/0001-layers.md", """
            ---
            id: ADR-0001
            title: Domain stays pure
            status: accepted
            rules:
              - { id: domain-no-infra, kind: forbid, from: App.Domain.**, to: App.Infrastructure.** }
            ---
            # Domain stays pure
            """);
        const string code = "namespace App.Domain\n{\n    public sealed class Order\n    {\n        public App.Infrastructure.Db? Db { get; set; }\n    }\n}\n\nnamespace App.Infrastructure\n{\n    public sealed class Db\n    {\n    }\n}\n";
        repo.WriteFile(Domain, code);
        await repo.RestoreAsync(budget.Token);

        var withoutFile = await repo.FormatAnalyzersAsync(FormatTimeout, budget.Token, "TL0002");
        output.WriteLine(withoutFile.Describe("dotnet format, no baseline file"));

        withoutFile.EnsureSuccess();
        Assert.False(File.Exists(repo.FullPath(Baseline)), "dotnet format saves no new files: the fix's new baseline is dropped");
        Assert.Equal(code, repo.ReadFile(Domain));

        // Once the file exists (and so is an AdditionalFile through the package props), the same run records the violation.
        repo.WriteFile(Baseline, "{\n  \"version\": 1,\n  \"entries\": []\n}\n");
        var withFile = await repo.FormatAnalyzersAsync(FormatTimeout, budget.Token, "TL0002");
        output.WriteLine(withFile.Describe("dotnet format, empty baseline file"));

        withFile.EnsureSuccess();
        Assert.Equal(
            "{\n  \"version\": 1,\n  \"entries\": [\n    {\n      \"adr\": \"ADR-0001\",\n      \"rule\": \"domain-no-infra\",\n      \"from\": \"T:App.Domain.Order\",\n      \"to\": \"T:App.Infrastructure.Db\",\n      \"count\": 1\n    }\n  ]\n}\n",
            repo.ReadFile(Baseline));
        Assert.Equal(code, repo.ReadFile(Domain));
    }
}
