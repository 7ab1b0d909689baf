using System;
using System.Collections.Generic;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>
/// The one job of docs/ci/gitlab-ci.yml read as a GitLab runner runs it: its <c>variables</c> and the predefined ones in
/// the environment, every <c>script</c> line in one bash with <c>-eo pipefail</c> (the first failing line fails the
/// job), then its <c>artifacts: reports</c> collected (with <c>when: always</c>, also after a failure).
/// </summary>
internal static class GitLabJob
{
    /// <param name="template">The pipeline file.</param>
    /// <param name="predefined">CI_PROJECT_URL, CI_COMMIT_SHA, CI_PROJECT_DIR.</param>
    public static CiJob Read(string template, IReadOnlyDictionary<string, string> predefined)
    {
        var root = CiYaml.Load(template);
        var jobs = root.Children.Where(p => p.Value is YamlMappingNode job && job.Children.ContainsKey(new YamlScalarNode("script"))).ToList();
        var (key, node) = (jobs.Single().Key, (YamlMappingNode)jobs.Single().Value);
        if (CiYaml.Child(node, "variables") is not null || node.Children.ContainsKey(new YamlScalarNode("before_script")))
        {
            throw new InvalidOperationException($"{template}: the test does not run job variables or before_script yet");
        }

        var environment = new Dictionary<string, string>(predefined, StringComparer.Ordinal) { ["CI"] = "true", ["GITLAB_CI"] = "true" };
        var lines = ((YamlSequenceNode)node["script"]).Cast<YamlScalarNode>().Select(s => s.Value ?? string.Empty);
        var script = new CiStep($"{key} script", CiStepWhen.OnSuccess) { Script = string.Join('\n', lines), ShellOptions = ["--noprofile", "--norc", "-eo", "pipefail"] };

        var artifacts = CiYaml.Child(node, "artifacts") ?? throw new InvalidOperationException($"{template}: the job keeps no artifacts");
        var when = CiYaml.Scalar(artifacts, "when") switch
        {
            "always" => CiStepWhen.Always,
            null or "on_success" => CiStepWhen.OnSuccess,
            var other => throw new InvalidOperationException($"{template}: the test does not know 'when: {other}'"),
        };
        var reports = CiYaml.Child(artifacts, "reports")?.Children.Values.SelectMany(Paths).ToList() ?? [];
        var upload = new CiStep("artifacts: reports", when) { Reads = reports };
        return new CiJob([script, upload], environment);
    }

    private static IEnumerable<string> Paths(YamlNode node) => node switch
    {
        YamlScalarNode scalar => [scalar.Value ?? string.Empty],
        YamlSequenceNode sequence => sequence.Cast<YamlScalarNode>().Select(s => s.Value ?? string.Empty),
        _ => [],
    };
}
