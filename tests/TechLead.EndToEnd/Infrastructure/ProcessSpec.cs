using System;
using System.Collections.Generic;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>
/// A process to start without a shell: the arguments reach the program exactly as given.
/// <see cref="Environment"/> entries override the inherited environment; a <c>null</c> value removes the variable.
/// </summary>
internal sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments, string WorkingDirectory)
{
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    public string CommandLine => Arguments.Count == 0 ? FileName : FileName + " " + string.Join(' ', Arguments);

    /// <summary>A <c>dotnet</c> invocation with an environment fit for nested SDK use (see <see cref="DotnetEnvironment"/>).</summary>
    public static ProcessSpec Dotnet(string workingDirectory, params string[] arguments) =>
        new("dotnet", arguments, workingDirectory) { Environment = DotnetEnvironment.ForChildProcess() };

    public ProcessSpec WithEnvironment(string name, string? value)
    {
        var merged = new Dictionary<string, string?>(Environment, StringComparer.Ordinal) { [name] = value };
        return this with { Environment = merged };
    }
}
