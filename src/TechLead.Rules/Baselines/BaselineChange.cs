namespace TechLead.Rules.Baselines;

/// <summary>An entry that <c>baseline update</c> lowers to <see cref="Remaining"/>, or drops when none remain.</summary>
public readonly record struct BaselineChange(BaselineEntry Entry, int Remaining)
{
    public bool Dropped => Remaining == 0;
}
