namespace TechLead.Rules.Evaluation;

/// <summary>
/// One rule broken once, whichever engine found it: the <see cref="ViolationMessages"/> text people read and the two
/// doc-comment IDs the baseline keys it by (<c>To</c> empty for kinds about one type). Each engine adds where it found
/// it in its own terms: the analyzer a Roslyn location, the fitness engines the type a compiled assembly names.
/// </summary>
public abstract record RuleViolation(string Message, string BaselineFrom, string BaselineTo);
