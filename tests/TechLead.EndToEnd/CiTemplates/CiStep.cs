using System;
using System.Collections.Generic;

namespace TechLead.EndToEnd.CiTemplates;

/// <summary>When a step runs, as the CI system decides it.</summary>
internal enum CiStepWhen
{
    /// <summary>Only while every earlier step succeeded (the default everywhere).</summary>
    OnSuccess,

    /// <summary>Also after a failed step (<c>always()</c>, <c>when: always</c>).</summary>
    Always,

    /// <summary>Its condition is false for this run (a pull-request-only step on a push).</summary>
    Never,
}

/// <summary>
/// One step of a CI template, with the platform's own expansions already applied: either a bash script, or a
/// platform action (checkout, SDK setup, an upload) that the test stands in for; an upload only checks that the
/// files it <see cref="Reads"/> are there.
/// </summary>
internal sealed record CiStep(string Name, CiStepWhen When)
{
    /// <summary>The script's text; null for a platform action.</summary>
    public string? Script { get; init; }

    /// <summary>The bash options the platform runs the script with (before the script file).</summary>
    public IReadOnlyList<string> ShellOptions { get; init; } = [];

    /// <summary>Variables the step adds to the job's environment.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Files or folders (relative to the checkout) an upload step reads; missing ones fail the step.</summary>
    public IReadOnlyList<string> Reads { get; init; } = [];
}

/// <summary>What a step did: skipped (<see cref="Ran"/> false) or its exit code and output.</summary>
internal sealed record CiStepRun(CiStep Step, bool Ran, int ExitCode, string Output)
{
    public TimeSpan Elapsed { get; init; }

    public override string ToString() => Ran ? $"{Step.Name}: exit {ExitCode} after {Elapsed.TotalSeconds:F1}s\n{Output}" : $"{Step.Name}: skipped";
}

/// <summary>A template's job, ready to run: its steps and the variables the platform sets for every step.</summary>
internal sealed record CiJob(IReadOnlyList<CiStep> Steps, IReadOnlyDictionary<string, string> Environment);
