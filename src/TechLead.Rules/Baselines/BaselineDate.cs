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
    public static string Of(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
