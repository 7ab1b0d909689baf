namespace TechLead.Cli.Inferring;

/// <summary>What <c>techlead infer</c> was asked: the target as for check, where to write, how to load; relative paths count from <paramref name="WorkingDirectory"/>.</summary>
internal sealed record InferRequest(string WorkingDirectory, string? Target, string? Out, string? AdrDirectory, bool NoRestore, bool Verbose);
