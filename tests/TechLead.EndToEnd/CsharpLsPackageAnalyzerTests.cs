using System;
using System.Diagnostics;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Lsp;
using Xunit.Abstractions;

namespace TechLead.EndToEnd;

/// <summary>
/// The real-IDE path: a package analyzer's diagnostic reaches an LSP client through csharp-ls, with its help link,
/// and goes away when the code is fixed. TechLead's own IDE test will follow this shape with the TechLead package.
/// </summary>
[Collection(CsharpLsTestGroup.Name)]
public sealed class CsharpLsPackageAnalyzerTests(CsharpLsFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan TestBudget = TimeSpan.FromSeconds(170);
    private static readonly Uri BannedApiHelpLink = new("https://github.com/dotnet/roslyn/blob/main/src/RoslynAnalyzers/Microsoft.CodeAnalysis.BannedApiAnalyzers/BannedApiAnalyzers.Help.md");

    [Fact]
    public async Task Package_analyzer_diagnostic_is_published_with_its_help_link_and_cleared_by_the_fix()
    {
        using var budget = new CancellationTokenSource(TestBudget);
        using var project = BannedApiConsumerProject.Create();
        var stopwatch = Stopwatch.StartNew();
        await project.RestoreAsync(TimeSpan.FromSeconds(90), budget.Token);
        var restored = stopwatch.Elapsed;

        var settings = new JsonObject { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };
        await using var client = LspClient.Start(fixture.Installation.ServerProcess(project.Directory), settings);
        try
        {
            await client.InitializeAsync(project.Directory, TimeSpan.FromSeconds(30), budget.Token);
            var initialized = stopwatch.Elapsed;
            await client.DidOpenAsync(project.ProgramPath, BannedApiConsumerProject.ViolatingProgram, version: 1, budget.Token);

            var flagged = await client.WaitForDiagnosticsAsync(project.ProgramPath, d => d.WithCode("RS0030").Any(), TimeSpan.FromSeconds(120), budget.Token);
            var firstDiagnostics = stopwatch.Elapsed;

            var rs0030 = Assert.Single(flagged.WithCode("RS0030"));
            Assert.Equal(new LspRange(6, 26, 6, 38), rs0030.Range);
            Assert.Equal("The symbol 'DateTime.Now' is banned in this project: Use TimeProvider instead", rs0030.Message);
            Assert.Equal(2, rs0030.Severity);
            Assert.Equal(BannedApiHelpLink, rs0030.CodeDescriptionHref);
            Assert.Contains("workspace/configuration", client.ServerRequests);

            await client.DidChangeAsync(project.ProgramPath, BannedApiConsumerProject.FixedProgram, version: 2, budget.Token);
            var cleared = await client.WaitForDiagnosticsAsync(project.ProgramPath, d => !d.WithCode("RS0030").Any(), TimeSpan.FromSeconds(60), budget.Token);
            var fixedAt = stopwatch.Elapsed;
            Assert.DoesNotContain(cleared.Diagnostics, d => d.Severity == 1);

            Assert.Equal(0, await client.ShutdownAsync(TimeSpan.FromSeconds(15), budget.Token));
            output.WriteLine(
                $"csharp-ls install/cache check {fixture.InstallTime.TotalSeconds:F1}s; restore {restored.TotalSeconds:F1}s; " +
                $"initialize {(initialized - restored).TotalSeconds:F1}s; didOpen->RS0030 {(firstDiagnostics - initialized).TotalSeconds:F1}s; " +
                $"didChange->cleared {(fixedAt - firstDiagnostics).TotalSeconds:F1}s; total {stopwatch.Elapsed.TotalSeconds:F1}s");
        }
        finally
        {
            output.WriteLine(client.Transcript);
        }
    }
}
