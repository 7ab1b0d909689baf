using System;
using System.Globalization;

namespace TechLead.Rules.Baselines;

/// <summary>
/// The one definition of "today" for baseline expiry: the UTC calendar date of an instant the host passes in,
/// so every engine and command agrees whatever the machine's time zone (rules/0005).
/// </summary>
public static class BaselineDate
{
    /// <summary>The <c>yyyy-MM-dd</c> UTC date of <paramref name="instant"/>, the form <c>expires</c> is written in.</summary>
    public static string Of(DateTimeOffset instant)
    {
        // Not DateTime.ToString("yyyy-MM-dd"): its formatter's first use costs a cold compiler process about 10 ms (rules/0054).
        var date = instant.UtcDateTime;
        return date.Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + date.Month.ToString("D2", CultureInfo.InvariantCulture)
            + "-" + date.Day.ToString("D2", CultureInfo.InvariantCulture);
    }
}
