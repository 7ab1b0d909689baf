using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Cli.Adrs;

/// <summary>Prints and parses statuses, categories and severities with the spellings of <see cref="Spellings"/>; usage errors for the CLI.</summary>
internal static class AdrNames
{
    public static string Of(AdrStatus status) => Spellings.Status.NameOf(status)!;

    /// <summary>Empty for an ADR without a category.</summary>
    public static string Of(AdrCategory category) => Spellings.Category.NameOf(category) ?? string.Empty;

    /// <summary>"none" for a rule that is not evaluated.</summary>
    public static string Of(RuleSeverity severity) => Spellings.Severity.NameOf(severity) ?? "none";

    /// <summary>Parses a <c>--status</c> value; anything else is a usage error that lists the choices.</summary>
    public static AdrStatus ParseStatus(string value) =>
        Spellings.Status.TryParseAnyCase(value, out var status)
            ? status
            : throw new BadInputException($"unknown status '{value}'; use one of {string.Join(", ", Spellings.Status.Names)}");

    public static string ParseCategory(string value) =>
        Spellings.Category.TryParseAnyCase(value, out var category)
            ? Of(category)
            : throw new BadInputException($"unknown category '{value}'; use {string.Join(" or ", Spellings.Category.Names)}");
}
