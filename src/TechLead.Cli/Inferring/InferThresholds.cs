namespace TechLead.Cli.Inferring;

/// <summary>
/// When a regularity is a convention rather than an accident (rules/0020): enough types, and at most a couple
/// of exceptions that the rule names in its <c>except</c> and the ADR explains.
/// </summary>
internal static class InferThresholds
{
    /// <summary>A rule covers at least this many types (after its exceptions).</summary>
    public const int MinTypes = 3;

    /// <summary>At most this many types left out of one rule; more means it does not hold.</summary>
    public const int MaxExceptions = 2;

    /// <summary>The share of a group that must follow the convention when some do not (4 of 5 do).</summary>
    public const double MinShare = 0.8;

    /// <summary>Whether <paramref name="conforming"/> of <paramref name="total"/> is a convention with the rest as exceptions.</summary>
    public static bool Holds(int conforming, int total) =>
        conforming >= MinTypes && total - conforming <= MaxExceptions && conforming >= MinShare * total;
}
