using System;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using TechLead.EndToEnd.Lsp;
using Xunit.Abstractions;

namespace TechLead.EndToEnd;

/// <summary>
/// How csharp-ls 0.28.0 takes the <c>csharp.analyzersEnabled</c> setting, pinned down so a version bump that
/// changes it fails here rather than as a mysteriously missing TL diagnostic. Analyzers are off by default.
/// The first <c>publishDiagnostics</c> after a solution load already reflects the setting, so no test waits
/// for something to not happen.
/// </summary>
[Collection(CsharpLsTestGroup.Name)]
public sealed class CsharpLsSettingsTests(CsharpLsFixture fixture, ITestOutputHelper output)
{
    private static readonly TimeSpan TestBudget = TimeSpan.FromSeconds(150);
    private static readonly JsonObject AnalyzersEnabled = new() { ["csharp"] = new JsonObject { ["analyzersEnabled"] = true } };

    [Fact]
    public async Task Without_settings_package_analyzers_do_not_run()
    {
        var first = await FirstPublishedAsync(new JsonObject(), LspInitializeOptions.Default, pushSettings: null);

        Assert.Empty(first.WithCode("RS0030"));
    }

    [Fact]
    public async Task Initialization_options_are_ignored()
    {
        var first = await FirstPublishedAsync(new JsonObject(), new LspInitializeOptions(ConfigurationRequests: false, AnalyzersEnabled), pushSettings: null);

        Assert.Empty(first.WithCode("RS0030"));
    }

    [Fact]
    public async Task Settings_pushed_with_did_change_configuration_enable_analyzers()
    {
        var first = await FirstPublishedAsync(new JsonObject(), new LspInitializeOptions(ConfigurationRequests: false, null), pushSettings: AnalyzersEnabled);

        Assert.Single(first.WithCode("RS0030"));
    }

    [Fact]
    public async Task Settings_answered_to_workspace_configuration_enable_analyzers()
    {
        var first = await FirstPublishedAsync(AnalyzersEnabled, LspInitializeOptions.Default, pushSettings: null);

        Assert.Single(first.WithCode("RS0030"));
    }

    private async Task<PublishedDiagnostics> FirstPublishedAsync(JsonObject answeredSettings, LspInitializeOptions options, JsonObject? pushSettings)
    {
        using var budget = new CancellationTokenSource(TestBudget);
        using var project = BannedApiConsumerProject.Create();
        await project.RestoreAsync(TimeSpan.FromSeconds(90), budget.Token);

        await using var client = LspClient.Start(fixture.Installation.ServerProcess(project.Directory), answeredSettings);
        try
        {
            await client.InitializeAsync(project.Directory, options, TimeSpan.FromSeconds(30), budget.Token);
            if (pushSettings is not null)
            {
                await client.DidChangeConfigurationAsync(pushSettings, budget.Token);
            }

            await client.DidOpenAsync(project.ProgramPath, BannedApiConsumerProject.ViolatingProgram, version: 1, budget.Token);
            var first = await client.WaitForDiagnosticsAsync(project.ProgramPath, _ => true, TimeSpan.FromSeconds(90), budget.Token);
            Assert.Equal(options.ConfigurationRequests, client.ServerRequests.Contains("workspace/configuration"));
            Assert.Equal(0, await client.ShutdownAsync(TimeSpan.FromSeconds(15), budget.Token));
            return first;
        }
        finally
        {
            output.WriteLine(client.Transcript);
        }
    }
}
