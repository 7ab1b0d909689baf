namespace TechLead.Rules.Baselines;

/// <summary>
/// What the ratchet decided for one violation: <see cref="Hidden"/> by its key's entry, or reported with
/// <see cref="MessageSuffix"/> appended (<c>; baseline allows 1 of 2 found</c> beyond the entry's count, else empty).
/// <see cref="Key"/> is null for a violation the baseline cannot name.
/// </summary>
public readonly record struct BaselineOutcome<T>(T Violation, BaselineKey? Key, bool Hidden, string MessageSuffix)
{
    /// <summary>The message of the reported violation: <paramref name="message"/> plus the suffix, if any.</summary>
    public string Message(string message) => message + MessageSuffix;
}
