namespace TechLead.Rules.Tests.Fuzz;

/// <summary>Real-looking ADRs covering every rule kind: the material the fuzzer mutates.</summary>
internal static class FuzzSeeds
{
    public static readonly string[] All =
    [
        """
        ---
        id: ADR-0007
        title: Domain stays persistence-ignorant
        status: accepted
        date: 2026-03-14
        decision-makers: [Ana Ruiz]
        owners: ["@acme/orders"]
        category: one-way-door
        rules:
          - id: domain-no-infra
            kind: forbid
            from: Shop.Domain.**
            to: [Shop.Infrastructure.**, { namespace: Microsoft.EntityFrameworkCore.**, except: "**.Design" }]
            because: the model must not know about storage
          - id: layering
            kind: layers
            mode: relaxed
            layers:
              - { name: Api, types: Shop.Api.** }
              - { name: Application, types: Shop.Application.** }
              - { name: Domain, types: Shop.Domain.** }
        ---
        # Domain stays persistence-ignorant

        ## Confirmation
        ```techlead
        - id: allow
          kind: allow-only
          from: Shop.Domain.**
          to: Shop.SharedKernel.**
          also-allow: [System.**]
        - id: modules
          kind: independent
          modules:
            - { name: Orders, types: Shop.Orders.** }
            - { name: Billing, types: Shop.Billing.** }
        - id: no-cycles
          kind: acyclic
          slices: Shop.Modules.{slice}.**
        - id: context-map
          kind: diagram
          diagram: context-map
          components:
            Ordering: Shop.Modules.Ordering.**
            Catalog: Shop.Modules.Catalog.**
            Shipping: Shop.Modules.Shipping.**
        ```

        ```mermaid
        %% techlead: context-map
        flowchart LR
          Ordering -- reads prices --> Catalog
          Shipping -->|ships| Ordering
        ```
        """,
        """
        ---
        id: ADR-0011
        status: proposed
        supersedes: [ADR-0003]
        rules:
          - id: clock
            kind: banned-api
            in: Shop.Domain.**
            apis:
              - { symbol: "P:System.DateTime.Now", use-instead: "P:System.DateTime.UtcNow", because: testable time, severity: warning }
              - symbol: "M:System.IO.File.ReadAllText(System.String)"
              - symbol: N:System.Net
          - id: repo-suffix
            kind: naming
            types: { namespace: Shop.Infrastructure.**, implements: "Shop.Domain.IRepository`1" }
            pattern: '^[A-Z][A-Za-z]*Repository$'
            examples:
              violating: "namespace Shop.Infrastructure { class OrderRepo : Shop.Domain.IRepository<int> { } }"
              compliant: "namespace Shop.Infrastructure { class OrderRepository : Shop.Domain.IRepository<int> { } }"
        ---
        # Clock and file access go through abstractions
        """,
        """
        ---
        id: ADR-0012
        status: accepted
        superseded-by: ADR-0013
        tags: [shape]
        enforcement: "manual: reviewed"
        ---
        # Shape of types
        ```techlead
        - { id: controllers, kind: must-inherit, types: "**.*Controller", type: Shop.Api.ControllerBase, severity: warning }
        - { id: entities, kind: must-implement, types: { namespace: Shop.Domain, kind: class }, type: Shop.Domain.IEntity }
        - { id: no-entities-in-api, kind: must-not-inherit, types: Shop.Api.**, type: [Shop.Domain.Entity, Shop.Domain.Entity`1] }
        - { id: no-handlers-in-domain, kind: must-not-implement, types: Shop.Domain.**, type: Shop.Application.IHandler`1 }
        - { id: dtos, kind: attributes, types: Shop.Api.Dtos.*, require: [System.SerializableAttribute], forbid: [System.ObsoleteAttribute] }
        - { id: sealed, kind: modifiers, types: { namespace: Shop.Domain.**, visibility: public }, sealed: true, immutable: true }
        - { id: placement, kind: placement, types: "**.*Repository", namespace: Shop.Infrastructure.** }
        - { id: top-level, kind: modifiers, types: Shop.Domain.**, nested: false }
        - { id: handlers-in-features, kind: placement, types: "**.*Handler", namespace-matches: '\.Features(\.|$)' }
        - { id: handlers, kind: modifiers, types: { name-matches: 'Handler$', abstract: false, static: false }, sealed: true }
        - { id: helpers, kind: forbid, from: { namespace-matches: '\.Domain$' }, to: { full-name-matches: '^Shop\.', static: true } }
        - { id: async-suffix, kind: members, members: { kind: method, async: true, types: Shop.** }, pattern: "Async$", returns-not: void }
        - id: language
          kind: vocabulary
          in: Shop.**
          terms:
            - { use: Customer, instead-of: [Client, Buyer] }
            - { use: Basket, instead-of: [ShoppingCart] }
        ```
        """,
    ];
}
