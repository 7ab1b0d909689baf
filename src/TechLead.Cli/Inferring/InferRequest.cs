namespace TechLead.Cli.Inferring;

/// <summary>
/// What <c>techlead infer</c> was asked: the target as for check, where to write, how to load (relative paths count from
/// the working directory), and with <c>All</c> every rule that holds, not only the highest ranked one per
/// <see cref="InferLimit.TypesPerRule"/> types.
/// </summary>
internal sealed record InferRequest(string WorkingDirectory, string? Target, string? Out, string? AdrDirectory, bool NoRestore, bool Verbose, bool All = false);
