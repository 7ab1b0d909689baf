namespace TechLead.Rules.Ownership;

/// <summary>A CODEOWNERS line, or part of one, that was skipped: the one-based line and what to write instead.</summary>
/// <param name="Line">The one-based line number.</param>
/// <param name="Message">What is wrong and what to write instead.</param>
public sealed record CodeOwnersProblem(int Line, string Message);
