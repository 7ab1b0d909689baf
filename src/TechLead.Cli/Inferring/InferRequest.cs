namespace TechLead.Cli.Inferring;

/// <summary>What <c>techlead infer</c> was asked: the target as for check, where to write, how to load.</summary>
internal sealed record InferRequest(string? Target, string? Out, string? AdrDirectory, bool NoRestore, bool Verbose);
