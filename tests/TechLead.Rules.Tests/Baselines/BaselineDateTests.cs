using System;
using TechLead.Rules.Baselines;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>"Today" for baseline expiry is the UTC date of the instant, whatever the offset it is expressed in.</summary>
public sealed class BaselineDateTests
{
    [Theory]
    [InlineData("2026-12-01T23:30:00-05:00", "2026-12-02")]
    [InlineData("2026-12-02T00:30:00+02:00", "2026-12-01")]
    [InlineData("2026-12-01T10:00:00+14:00", "2026-11-30")]
    [InlineData("2026-12-01T00:00:00+00:00", "2026-12-01")]
    [InlineData("2026-12-31T23:59:59.9999999+00:00", "2026-12-31")]
    public void Is_the_utc_calendar_date(string instant, string expected)
    {
        Assert.Equal(expected, BaselineDate.Of(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
