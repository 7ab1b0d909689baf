namespace TechLead.Analyzers.Tests.Infrastructure;

/// <summary>ADR texts for tests: front matter with one rules list.</summary>
internal static class Adrs
{
    public const string DefaultPath = "/repo/docs/adr/0007-domain.md";

    public const string Title = "Domain stays persistence-ignorant";

    public static string WithRules(string rulesYaml, string id = "ADR-0007", string status = "accepted", string extraFrontMatter = "") =>
        $"""
        ---
        id: {id}
        title: {Title}
        status: {status}
        owners: ["@acme/orders", "@acme/platform"]
        {extraFrontMatter}rules:
        {rulesYaml}
        ---
        # {Title}

        Prose.
        """;

    /// <summary>ADR-0007 with one forbid rule <c>domain-no-infra</c>: Shop.Domain.** must not use Shop.Infrastructure.**.</summary>
    public static string ForbidDomainToInfrastructure(string status = "accepted", string extra = "") => WithRules(
        $"""
          - id: domain-no-infra
            kind: forbid
            from: Shop.Domain.**
            to: Shop.Infrastructure.**{extra}
        """,
        status: status);

    public static string Forbidden(string from, string to) =>
        $"[ADR-0007] '{from}' must not depend on '{to}' (rule domain-no-infra: {Title})";
}
