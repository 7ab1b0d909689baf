using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Output;

/// <summary>The <c>--format</c> choices.</summary>
internal static class ResultFormatters
{
    public const string Choices = "text, json, sarif, github, markdown or codeclimate";

    public static IResultFormatter Create(string? format) => (format ?? "text").ToLowerInvariant() switch
    {
        "text" => new TextFormatter(),
        "json" => new JsonFormatter(),
        "sarif" => new SarifFormatter(),
        "github" => new GitHubFormatter(),
        "markdown" or "md" => new MarkdownFormatter(),
        "codeclimate" => new CodeClimateFormatter(),
        _ => throw new BadInputException($"unknown format '{format}'; use {Choices}"),
    };
}
