using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>
/// Runs a <see cref="CiJob"/> in a checkout as a fresh runner would: steps in order, a failed step skipping the later
/// ones that do not run <c>always</c>, each script in bash with the job's and the step's variables on top of
/// <paramref name="baseEnvironment"/>. The scripts are written outside the checkout, so they add nothing to it.
/// </summary>
internal static class CiJobRunner
{
    public static async Task<IReadOnlyList<CiStepRun>> RunAsync(CiJob job, string checkout, string scriptDirectory, IReadOnlyDictionary<string, string?> baseEnvironment, TimeSpan stepTimeout)
    {
        var runs = new List<CiStepRun>();
        var failed = false;
        foreach (var step in job.Steps)
        {
            if (step.When == CiStepWhen.Never || (failed && step.When == CiStepWhen.OnSuccess))
            {
                runs.Add(new CiStepRun(step, Ran: false, ExitCode: 0, Output: string.Empty));
                continue;
            }

            var run = step.Script is null ? Upload(step, checkout) : await ScriptAsync(step, job, checkout, scriptDirectory, runs.Count, baseEnvironment, stepTimeout).ConfigureAwait(false);
            failed |= run.ExitCode != 0;
            runs.Add(run);
        }

        return runs;
    }

    private static CiStepRun Upload(CiStep step, string checkout)
    {
        var missing = step.Reads.Where(path => !File.Exists(Path.Combine(checkout, path)) && !Directory.Exists(Path.Combine(checkout, path))).ToList();
        return new CiStepRun(step, Ran: true, ExitCode: missing.Count == 0 ? 0 : 1, Output: missing.Count == 0 ? string.Empty : "not found: " + string.Join(", ", missing));
    }

    private static async Task<CiStepRun> ScriptAsync(CiStep step, CiJob job, string checkout, string scriptDirectory, int index, IReadOnlyDictionary<string, string?> baseEnvironment, TimeSpan timeout)
    {
        var file = Path.Combine(scriptDirectory, $"step-{index + 1}.sh");
        await File.WriteAllTextAsync(file, step.Script + "\n").ConfigureAwait(false);
        var environment = new Dictionary<string, string?>(baseEnvironment, StringComparer.Ordinal);
        foreach (var (name, value) in job.Environment)
        {
            environment[name] = value;
        }

        foreach (var (name, value) in step.Environment)
        {
            environment[name] = value;
        }

        var result = await ProcessRunner.RunAsync(new ProcessSpec("bash", [.. step.ShellOptions, file], checkout) { Environment = environment }, timeout).ConfigureAwait(false);
        return new CiStepRun(step, Ran: true, result.ExitCode, result.StandardOutput + result.StandardError) { Elapsed = result.Elapsed };
    }
}
