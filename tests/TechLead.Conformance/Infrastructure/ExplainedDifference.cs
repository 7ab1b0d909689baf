namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// A difference between an engine and the spec's expected violations that the spec explains: the
/// engine reports <see cref="Finding"/> although the spec set lacks it (<see cref="Extra"/> true),
/// or misses it although the spec set has it. Normalised like every finding (NetArchTest: no target).
/// </summary>
internal sealed record ExplainedDifference(EngineName Engine, Finding Finding, bool Extra, string Reason)
{
    public static ExplainedDifference Reports(EngineName engine, string qualifiedRule, string from, string to, string reason) =>
        new(engine, Parse(qualifiedRule, from, to), Extra: true, reason);

    public static ExplainedDifference Misses(EngineName engine, string qualifiedRule, string from, string to, string reason) =>
        new(engine, Parse(qualifiedRule, from, to), Extra: false, reason);

    public override string ToString() => $"{Engine} {(Extra ? "also reports" : "misses")} {Finding} — {Reason}";

    private static Finding Parse(string qualifiedRule, string from, string to)
    {
        var slash = qualifiedRule.IndexOf('/', System.StringComparison.Ordinal);
        return new Finding(qualifiedRule.Substring(0, slash), qualifiedRule.Substring(slash + 1), from, to);
    }
}
