namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// One violation as every engine can state it: ADR, rule, the violating type (or declared symbol) and
/// the type it depends on (or the banned symbol; empty for type-level kinds and where NetArchTest cannot name it).
/// Names are normalised by <see cref="ConformanceNames"/>.
/// </summary>
internal readonly record struct Finding(string Adr, string Rule, string From, string To)
{
    public string QualifiedRule => Adr + "/" + Rule;

    public override string ToString() => To.Length == 0 ? $"{QualifiedRule}: {From}" : $"{QualifiedRule}: {From} -> {To}";
}
