namespace TechLead.Rules.Baselines;

/// <summary>
/// What the baseline does to the violations of one key, taken in a deterministic order: the first
/// <see cref="Hidden"/> stay hidden, the rest are reported with <see cref="MessageSuffix"/> appended.
/// </summary>
public readonly record struct BaselineVerdict(int Hidden, string MessageSuffix)
{
    /// <summary>Nothing hidden, nothing appended: no entry, or an expired one.</summary>
    public static BaselineVerdict NotBaselined { get; } = new(0, string.Empty);

    /// <summary>True when the violation at <paramref name="index"/> (zero-based, in the caller's order) stays hidden.</summary>
    public bool Hides(int index) => index < Hidden;

    /// <summary>The message of a reported violation: <paramref name="message"/> plus the suffix, if any.</summary>
    public string Message(string message) => message + MessageSuffix;
}
