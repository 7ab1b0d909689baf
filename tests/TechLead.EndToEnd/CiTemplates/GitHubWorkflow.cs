using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>
/// docs/ci/github-actions.yml read as GitHub Actions reads it, for one event on one commit: <c>${{ github.* }}</c>
/// expressions, <c>if:</c> conditions, job and step <c>env</c>, the runner's default variables, and each <c>run</c>
/// in <c>bash --noprofile --norc -eo pipefail</c>. An expression, condition or action it does not know fails the
/// test: the template grew something this stand-in would skip silently.
/// </summary>
internal static class GitHubWorkflow
{
    private static readonly Regex Expression = new(@"\$\{\{\s*(?<name>[^}]+?)\s*\}\}", RegexOptions.CultureInvariant);
    private static readonly Regex EventTest = new(@"^github\.event_name\s*(?<op>==|!=)\s*'(?<value>[^']*)'$", RegexOptions.CultureInvariant);

    /// <param name="template">The workflow file.</param>
    /// <param name="workspace">The checkout (GITHUB_WORKSPACE).</param>
    /// <param name="runnerTemp">A folder for the step summary file.</param>
    /// <param name="context">github.server_url, github.repository, github.sha, github.event_name, github.base_ref.</param>
    public static CiJob Read(string template, string workspace, string runnerTemp, IReadOnlyDictionary<string, string> context)
    {
        var root = CiYaml.Load(template);
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"]).Children.Values.Single();
        string Expand(string text) => Expression.Replace(text, m => context.TryGetValue(m.Groups["name"].Value, out var value)
            ? value
            : throw new InvalidOperationException($"{template}: the test does not know the expression '{m.Value}'"));

        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CI"] = "true",
            ["GITHUB_ACTIONS"] = "true",
            ["GITHUB_SERVER_URL"] = context["github.server_url"],
            ["GITHUB_REPOSITORY"] = context["github.repository"],
            ["GITHUB_SHA"] = context["github.sha"],
            ["GITHUB_EVENT_NAME"] = context["github.event_name"],
            ["GITHUB_BASE_REF"] = context["github.base_ref"],
            ["GITHUB_WORKSPACE"] = workspace,
            ["GITHUB_STEP_SUMMARY"] = Path.Combine(runnerTemp, "step-summary.md"),
            ["RUNNER_TEMP"] = runnerTemp,
        };
        foreach (var (name, value) in CiYaml.Mapping(job, "env"))
        {
            environment[name] = Expand(value);
        }

        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().Select((step, index) =>
        {
            var name = CiYaml.Scalar(step, "name") ?? CiYaml.Scalar(step, "uses") ?? $"step {index + 1}";
            var when = Condition(CiYaml.Scalar(step, "if"), context["github.event_name"], template);
            var env = CiYaml.Mapping(step, "env").ToDictionary(p => p.Key, p => Expand(p.Value), StringComparer.Ordinal);
            if (CiYaml.Scalar(step, "run") is { } run)
            {
                return new CiStep(name, when) { Script = Expand(run), ShellOptions = ["--noprofile", "--norc", "-eo", "pipefail"], Environment = env };
            }

            var uses = CiYaml.Scalar(step, "uses") ?? throw new InvalidOperationException($"{template}: step '{name}' has neither run nor uses");
            var with = CiYaml.Mapping(step, "with").ToDictionary(p => p.Key, p => Expand(p.Value), StringComparer.Ordinal);
            return Action(uses.Split('@')[0], name, when, with, template);
        }).ToList();
        return new CiJob(steps, environment);
    }

    private static CiStep Action(string action, string name, CiStepWhen when, Dictionary<string, string> with, string template) => action switch
    {
        // The test's clone is the checkout (full history, as fetch-depth: 0 asks); the machine's SDK is the setup.
        "actions/checkout" => new CiStep(name, when) { Reads = [".git"] },
        "actions/setup-dotnet" => new CiStep(name, when),
        "github/codeql-action/upload-sarif" => new CiStep(name, when) { Reads = [with["sarif_file"]] },
        "actions/upload-artifact" => new CiStep(name, when) { Reads = [with["path"]] },
        _ => throw new InvalidOperationException($"{template}: the test does not know the action '{action}'"),
    };

    /// <summary><c>always()</c>, <c>success()</c> and event tests joined by <c>&amp;&amp;</c>: all a template needs.</summary>
    private static CiStepWhen Condition(string? condition, string eventName, string template)
    {
        if (condition is null)
        {
            return CiStepWhen.OnSuccess;
        }

        var always = false;
        foreach (var term in condition.Split("&&").Select(t => t.Trim()))
        {
            if (term == "always()")
            {
                always = true;
            }
            else if (EventTest.Match(term) is { Success: true } test)
            {
                if ((test.Groups["value"].Value == eventName) != (test.Groups["op"].Value == "=="))
                {
                    return CiStepWhen.Never;
                }
            }
            else if (term != "success()")
            {
                throw new InvalidOperationException($"{template}: the test does not know the condition '{term}'");
            }
        }

        return always ? CiStepWhen.Always : CiStepWhen.OnSuccess;
    }
}
