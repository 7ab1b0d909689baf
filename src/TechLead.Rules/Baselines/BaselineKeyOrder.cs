using System;
using System.Collections.Generic;

namespace TechLead.Rules.Baselines;

/// <summary>The one order of baseline keys: adr, rule, from, to, each ordinal (the file's entry order and the ratchet's key order).</summary>
public sealed class BaselineKeyOrder : IComparer<BaselineKey>
{
    public static BaselineKeyOrder Instance { get; } = new();

    private BaselineKeyOrder()
    {
    }

    public int Compare(BaselineKey x, BaselineKey y)
    {
        var result = string.CompareOrdinal(x.Adr, y.Adr);
        result = result != 0 ? result : string.CompareOrdinal(x.Rule, y.Rule);
        result = result != 0 ? result : string.CompareOrdinal(x.From, y.From);
        return result != 0 ? result : string.CompareOrdinal(x.To, y.To);
    }
}
