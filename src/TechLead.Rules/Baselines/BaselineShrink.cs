using System.Collections.Generic;

namespace TechLead.Rules.Baselines;

/// <summary>What <see cref="BaselineEdits.Shrink"/> keeps and what it changed.</summary>
public sealed record BaselineShrink(IReadOnlyList<BaselineEntry> Kept, IReadOnlyList<BaselineChange> Changes);
