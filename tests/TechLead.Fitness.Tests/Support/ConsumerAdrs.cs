using System.Collections.Generic;

namespace TechLead.Fitness.Tests.Support;

/// <summary>An ADR log with every status, rules with and without examples, as a consumer repository has it.</summary>
internal static class ConsumerAdrs
{
    public const string Domain = """
        ---
        id: ADR-0007
        title: Domain stays persistence-ignorant
        status: accepted
        owners: ["@acme/orders"]
        rules:
          - id: domain-no-infra
            kind: forbid
            from: Shop.Domain.**
            to: Shop.Infrastructure.**
          - id: customers-sealed-advice
            kind: modifiers
            severity: warning
            types: Shop.Domain.Customer
            static: true
          - id: domain-sealed
            kind: modifiers
            types: Shop.Domain.*
            sealed: true
            examples:
              violating: "namespace Shop.Domain { public class Open { } }"
              compliant: "namespace Shop.Domain { public sealed class Closed { } }"
        ---
        # Domain stays persistence-ignorant
        """;

    public const string Proposed = """
        ---
        id: ADR-0008
        title: Repositories are suffixed
        status: proposed
        rules:
          - id: repo-suffix
            kind: naming
            types: "**.*Repo"
            pattern: "^.*Repository$"
        ---
        # Repositories are suffixed
        """;

    public const string Superseded = """
        ---
        id: ADR-0003
        title: Old layering
        status: superseded
        superseded-by: ADR-0007
        rules:
          - id: old-rule
            kind: forbid
            from: Shop.**
            to: System.**
        ---
        # Old layering
        """;

    public static IReadOnlyDictionary<string, string> Files { get; } = new Dictionary<string, string>
    {
        ["docs/adr/0003-old-layering.md"] = Superseded,
        ["docs/adr/0007-domain-persistence-ignorant.md"] = Domain,
        ["docs/adr/0008-repository-suffix.md"] = Proposed,
    };
}
