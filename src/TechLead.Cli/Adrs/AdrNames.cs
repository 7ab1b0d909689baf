using System;
using System.Linq;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Cli.Adrs;

/// <summary>The spellings the front matter uses for statuses, categories and severities.</summary>
internal static class AdrNames
{
    public static readonly string[] Statuses = ["proposed", "accepted", "deprecated", "rejected", "superseded"];

    public static readonly string[] Categories = ["one-way-door", "two-way-door"];

    public static string Of(AdrStatus status) => Statuses[(int)status];

    public static string Of(AdrCategory category) => category switch
    {
        AdrCategory.OneWayDoor => "one-way-door",
        AdrCategory.TwoWayDoor => "two-way-door",
        _ => string.Empty,
    };

    public static string Of(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        RuleSeverity.Info => "info",
        RuleSeverity.Hidden => "hidden",
        _ => "none",
    };

    /// <summary>Parses a <c>--status</c> value; anything else is a usage error that lists the choices.</summary>
    public static AdrStatus ParseStatus(string value)
    {
        var index = Array.IndexOf(Statuses, value.Trim().ToLowerInvariant());
        return index >= 0 ? (AdrStatus)index : throw new BadInputException($"unknown status '{value}'; use one of {string.Join(", ", Statuses)}");
    }

    public static string ParseCategory(string value)
    {
        var normalized = value.Trim().ToLowerInvariant();
        return Categories.Contains(normalized) ? normalized : throw new BadInputException($"unknown category '{value}'; use one-way-door or two-way-door");
    }
}
