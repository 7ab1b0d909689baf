using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace TechLead.Cli.Tests.Ci;

/// <summary>
/// The CI templates in docs/ci are well-formed YAML, wire the outputs to where each CI system reads them,
/// and every <c>techlead</c> command in them is accepted by the CLI's own parser, so they cannot rot.
/// </summary>
public sealed class CiTemplateTests
{
    private static readonly string[] ScriptKeys = ["run", "script", "bash", "before_script", "after_script"];

    public static TheoryData<string> Templates => new() { "github-actions.yml", "azure-pipelines.yml", "gitlab-ci.yml" };

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_techlead_command_in_the_template_is_accepted_by_the_cli(string template)
    {
        var commands = TechleadCommands(Load(template)).ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.True(CliParserProbe.Reject(c) is null, $"techlead {string.Join(' ', c)}: {CliParserProbe.Reject(c)}"));
        Assert.All(commands, c => Assert.Equal("check", c[0]));
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void Every_check_links_to_the_hosted_repository_and_the_tool_comes_from_the_repository(string template)
    {
        var root = Load(template);
        var commands = TechleadCommands(root).ToList();
        var scripts = AllScripts(root).SelectMany(ShellCommandLines.Commands).ToList();

        Assert.All(commands, c => Assert.Contains("--adr-base-url", c));
        // The tool manifest's version from the NuGet.config sources (tools/techlead-packages), not a gallery install.
        Assert.Contains(scripts, c => c is ["dotnet", "tool", "restore"]);
        Assert.DoesNotContain(scripts, c => c is ["dotnet", "tool", "install", ..]);
    }

    [Fact]
    public void A_local_tool_command_is_found_like_a_global_one()
    {
        Assert.Equal([["check", "--strict"], ["check"]], ShellCommandLines.TechleadCommands("dotnet techlead check --strict\ntechlead check\ndotnet build").ToList());
    }

    [Theory]
    [InlineData("techlead check --formt sarif", "Unknown option 'formt'")]
    [InlineData("techlead chek", "Unknown command 'chek'")]
    [InlineData("techlead check a.sln b.sln", "Could not match 'b.sln' with an argument")]
    public void The_probe_rejects_what_the_cli_rejects(string line, string expected)
    {
        var command = ShellCommandLines.TechleadCommands(line).Single();

        Assert.Contains(expected, CliParserProbe.Reject(command), StringComparison.Ordinal);
    }

    [Fact]
    public void Shell_splitting_drops_redirections_and_splits_on_operators()
    {
        var commands = ShellCommandLines.Commands("techlead check --format markdown >> \"$GITHUB_STEP_SUMMARY\" || test $? -eq 1\necho 'a b' # note").ToList();

        Assert.Equal([["techlead", "check", "--format", "markdown"], ["test", "$?", "-eq", "1"], ["echo", "a b"]], commands);
    }

    [Fact]
    public void Github_actions_uploads_the_sarif_file_check_writes_and_summarizes_into_the_step_summary()
    {
        var root = Load("github-actions.yml");
        var steps = ((YamlSequenceNode)root["jobs"]["techlead"]["steps"]).Cast<YamlMappingNode>().ToList();
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        var checks = runs.SelectMany(ShellCommandLines.TechleadCommands).ToList();

        var upload = steps.Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("github/codeql-action/upload-sarif@", StringComparison.Ordinal));
        Assert.Equal(OutputOf(checks, "sarif"), upload["with"]["sarif_file"].ToString());
        Assert.Equal("write", root["permissions"]["security-events"].ToString());
        Assert.Contains(runs, r => r.Contains("--format markdown >> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal));
        Assert.Equal(["--changed-since", "origin/$BASE_REF"], checks.Single(c => c.Contains("--changed-since"))[^2..]);
        Assert.Equal("0", steps[0]["with"]["fetch-depth"].ToString());
        Assert.Equal(2, checks.Count(c => FormatOf(c) == "github"));
        Assert.Contains("dotnet build", runs);
        var history = steps.Single(s => s.Children.ContainsKey("uses") && s["uses"].ToString().StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Assert.Equal(ValueOf(checks.Single(c => c.Contains("--record")), "--record"), history["with"]["path"].ToString());
    }

    [Fact]
    public void Gitlab_ci_publishes_the_code_quality_report_check_writes()
    {
        var root = Load("gitlab-ci.yml");
        var job = root["techlead"];
        var checks = ((YamlSequenceNode)job["script"]).Select(s => s.ToString()).SelectMany(ShellCommandLines.TechleadCommands).ToList();

        Assert.Equal(OutputOf(checks, "codeclimate"), job["artifacts"]["reports"]["codequality"].ToString());
        Assert.Equal("always", job["artifacts"]["when"].ToString());
    }

    [Fact]
    public void Azure_pipelines_publishes_the_sarif_log_as_code_analysis_logs()
    {
        var root = Load("azure-pipelines.yml");
        var steps = ((YamlSequenceNode)root["steps"]).Cast<YamlMappingNode>().ToList();
        var checks = steps.Where(s => s.Children.ContainsKey("script")).SelectMany(s => ShellCommandLines.TechleadCommands(s["script"].ToString())).ToList();

        var publish = steps.Single(s => s.Children.ContainsKey("task") && s["task"].ToString() == "PublishBuildArtifacts@1");
        Assert.Equal("CodeAnalysisLogs", publish["inputs"]["ArtifactName"].ToString());
        Assert.StartsWith(publish["inputs"]["PathtoPublish"].ToString() + "/", OutputOf(checks, "sarif"), StringComparison.Ordinal);
        Assert.Contains(checks, c => FormatOf(c) is null && c.Contains("--strict"));
    }

    private static YamlMappingNode Load(string template)
    {
        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(RepoPaths.Combine("docs", "ci", template)));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<string[]> TechleadCommands(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(pair =>
            pair.Key is YamlScalarNode { Value: { } key } && ScriptKeys.Contains(key) ? Scripts(pair.Value).SelectMany(ShellCommandLines.TechleadCommands) : TechleadCommands(pair.Value)),
        YamlSequenceNode sequence => sequence.SelectMany(TechleadCommands),
        _ => [],
    };

    private static IEnumerable<string> AllScripts(YamlNode node) => node switch
    {
        YamlMappingNode mapping => mapping.Children.SelectMany(pair =>
            pair.Key is YamlScalarNode { Value: { } key } && ScriptKeys.Contains(key) ? Scripts(pair.Value) : AllScripts(pair.Value)),
        YamlSequenceNode sequence => sequence.SelectMany(AllScripts),
        _ => [],
    };

    private static IEnumerable<string> Scripts(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.OfType<YamlScalarNode>().Select(s => s.Value ?? string.Empty),
        _ => [],
    };

    private static string? FormatOf(string[] command) => ValueOf(command, "--format", "-f");

    private static string OutputOf(IEnumerable<string[]> commands, string format) =>
        ValueOf(commands.Single(c => FormatOf(c) == format), "--output", "-o") ?? throw new InvalidOperationException($"the {format} check writes no file");

    private static string? ValueOf(string[] command, params string[] names)
    {
        var index = Array.FindIndex(command, names.Contains);
        return index >= 0 && index + 1 < command.Length ? command[index + 1] : null;
    }
}
