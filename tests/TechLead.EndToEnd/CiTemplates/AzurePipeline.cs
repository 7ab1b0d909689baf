using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>
/// docs/ci/azure-pipelines.yml read as Azure Pipelines reads it: <c>$(Name)</c> macros replaced from the predefined and
/// the pipeline's own <c>variables</c> (an unknown one stays as written, as Azure leaves it), every variable also in the
/// environment as <c>NAME_WITH_UNDERSCORES</c>, <c>condition: always()</c>, and each <c>script</c> run as the
/// CmdLine task runs it on Linux: <c>bash --noprofile --norc</c>, without <c>-e</c>, failing on the last command's exit code.
/// </summary>
internal static class AzurePipeline
{
    private static readonly Regex Macro = new(@"\$\((?<name>[A-Za-z0-9_.]+)\)", RegexOptions.CultureInvariant);

    /// <param name="template">The pipeline file.</param>
    /// <param name="predefined">Build.Repository.Uri, Build.SourceVersion, Build.ArtifactStagingDirectory, Build.SourcesDirectory.</param>
    public static CiJob Read(string template, IReadOnlyDictionary<string, string> predefined)
    {
        var root = CiYaml.Load(template);
        var variables = new Dictionary<string, string>(predefined, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in CiYaml.Mapping(root, "variables"))
        {
            variables[name] = value;
        }

        // Macros in variable values expand too (a variable built from predefined ones).
        string Expand(string text)
        {
            for (var depth = 0; depth < 8; depth++)
            {
                var expanded = Macro.Replace(text, m => variables.TryGetValue(m.Groups["name"].Value, out var value) ? value : m.Value);
                if (expanded == text)
                {
                    return text;
                }

                text = expanded;
            }

            return text;
        }

        var environment = variables.ToDictionary(v => v.Key.Replace('.', '_').ToUpperInvariant(), v => Expand(v.Value), StringComparer.Ordinal);
        environment["TF_BUILD"] = "True";

        var steps = ((YamlSequenceNode)root["steps"]).Cast<YamlMappingNode>().Select((step, index) =>
        {
            var when = CiYaml.Scalar(step, "condition") switch
            {
                null => CiStepWhen.OnSuccess,
                "always()" => CiStepWhen.Always,
                "succeeded()" => CiStepWhen.OnSuccess,
                var other => throw new InvalidOperationException($"{template}: the test does not know the condition '{other}'"),
            };
            var name = CiYaml.Scalar(step, "displayName") ?? $"step {index + 1}";
            if (CiYaml.Scalar(step, "script") is { } script)
            {
                return new CiStep(name, when) { Script = Expand(script), ShellOptions = ["--noprofile", "--norc"] };
            }

            if (CiYaml.Scalar(step, "checkout") is "self")
            {
                return new CiStep("checkout", when) { Reads = [".git"] };
            }

            var inputs = CiYaml.Mapping(step, "inputs").ToDictionary(p => p.Key, p => Expand(p.Value), StringComparer.OrdinalIgnoreCase);
            return CiYaml.Scalar(step, "task") switch
            {
                // The machine's SDK is the one the task would install.
                "UseDotNet@2" => new CiStep("UseDotNet@2", when),
                "PublishBuildArtifacts@1" => new CiStep("PublishBuildArtifacts@1", when) { Reads = [inputs["PathtoPublish"]] },
                var task => throw new InvalidOperationException($"{template}: the test does not know the step '{task ?? name}'"),
            };
        }).ToList();
        return new CiJob(steps, environment);
    }
}
