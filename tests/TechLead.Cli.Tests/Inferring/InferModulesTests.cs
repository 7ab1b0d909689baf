using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;
using TechLead.Rules;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// infer on a single-project modular monolith (<see cref="GymSolution"/>): the modules are found from the namespaces, their
/// independence is proposed with the integration events as the named exception, as the team would write it; rules every
/// type satisfies by construction are named, not proposed; a lead reviews at most one rule per 10 types unless --all.
/// </summary>
public sealed class InferModulesTests
{
    private const string StructureAdr = "docs/adr/0001-keep-the-structure-gym-already-has.md";

    [Fact]
    public void Proposes_the_modules_independent_except_their_integration_events_and_the_rule_catches_a_module_reaching_past_them()
    {
        using var repo = new TempRepo();
        GymSolution.WriteTo(repo);

        var run = repo.Run("infer");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            $"created ADR-0001 (proposed) with 2 rule(s) that hold today: {StructureAdr}",
            "  diagram        northwind-gym-independent-modules (17 types, 2 left out)",
            "  allow-only     northwind-gym-common-self-contained (4 types)",
            "9 candidate(s) not proposed, 5 of them beyond the limit of one rule per 10 types (--all proposes them); each is listed in the ADR with the reason",
            "next: review it, 'techlead impact ADR-0001' to see it flags nothing, then set status: accepted",
        ], run.StdoutLines);
        var text = File.ReadAllText(Path.Combine(repo.Root, StructureAdr));
        // Each module others use through its events is a subgraph with an events part; the arrows are today's map, to the
        // parts only (rules/0051). Billing and Reporting stay closed.
        Assert.Contains(
            "```mermaid\n%% techlead: northwind-gym-independent-modules\nflowchart LR\n  Billing\n  subgraph Classes\n    ClassesEvents\n  end\n"
            + "  subgraph Memberships\n    MembershipsEvents\n  end\n  Reporting\n  Billing --> MembershipsEvents\n  Reporting --> ClassesEvents\n```\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains(
            "- id: northwind-gym-independent-modules\n  kind: diagram\n  diagram: northwind-gym-independent-modules\n  components:\n"
            + "    Billing: Northwind.Gym.Billing.**\n"
            + "    Classes: Northwind.Gym.Classes.**\n"
            + "    ClassesEvents:\n      name: \"*Event\"\n      namespace: Northwind.Gym.Classes.**\n"
            + "    Memberships: Northwind.Gym.Memberships.**\n"
            + "    MembershipsEvents:\n      name: \"*Event\"\n      namespace: Northwind.Gym.Memberships.**\n"
            + "    Reporting: Northwind.Gym.Reporting.**\n",
            text,
            StringComparison.Ordinal);
        // The evidence: which modules use which, what is shared, and each type the modules meet through, with its users.
        Assert.Contains(
            "* `northwind-gym-independent-modules` (diagram): the namespaces Billing, Classes, Memberships, Reporting below Northwind.Gym are modules that use each other today only where Billing → Memberships, Reporting → Classes; not modules: Common; the modules meet only through the types named *Event, drawn as each module's part the others may use (the types named *Event of that module), along today's 2 arrow(s): Billing → Memberships, Reporting → Classes; covers 17 type(s), 0 violations today. "
            + "Left out: `Northwind.Gym.Classes.Book.Events.ClassBookedEvent`, because Reporting uses it: it is one of the types named *Event; `Northwind.Gym.Memberships.Start.Events.MembershipStartedEvent`, because Billing uses it: it is one of the types named *Event.\n",
            text,
            StringComparison.Ordinal);
        // Dropped candidates, each with its reason: covered by the near-rule, drawn into it, true by construction, beyond the review limit.
        Assert.Contains("* `northwind-gym-independent` (independent): covered by northwind-gym-independent-modules, which keeps the same modules and more apart\n", text, StringComparison.Ordinal);
        Assert.Contains("* `northwind-gym-module-map` (diagram): drawn into northwind-gym-independent-modules, which has the same arrows and says through what the modules meet\n", text, StringComparison.Ordinal);
        Assert.Contains("* `endpoint-classes-in-gym` (placement): holds by construction: Northwind.Gym.** holds the root namespace of every project, so every new type lands there\n", text, StringComparison.Ordinal);
        Assert.Contains("* `northwind-gym-acyclic` (acyclic): beyond the limit of 2 rule(s) for 25 types (one per 10), ranked below the rules proposed; --all proposes it\n", text, StringComparison.Ordinal);
        Assert.Contains("* `endpoint-classes-static` (modifiers): beyond the limit of 2 rule(s) for 25 types (one per 10), ranked below the rules proposed; --all proposes it\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("kind: placement", text, StringComparison.Ordinal);

        var impact = repo.Run("impact", "ADR-0001", "--no-restore");
        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal("if accepted, its 2 rule(s) would report 0 violation(s) today", impact.StdoutLines[1]);

        // Accepted, the rule flags Billing reaching into Memberships past its events, and nothing else.
        File.WriteAllText(Path.Combine(repo.Root, StructureAdr), text.Replace("status: proposed\n", "status: accepted\n", StringComparison.Ordinal));
        repo.Write("src/Gym/Billing/Charge/MembershipLookup.cs", "namespace Northwind.Gym.Billing.Charge;\n\npublic static class MembershipLookup\n{\n    public static string? MemberOf(System.Guid id) => Northwind.Gym.Memberships.MembershipsModule.Repository.Find(id)?.Member;\n}\n");
        var check = repo.Run("check", "--no-restore");
        Assert.Equal(1, check.ExitCode);
        var flagged = check.StdoutLines.Where(l => l.Contains(": error TL", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, flagged.Count);
        Assert.All(flagged, line => Assert.StartsWith("src/Gym/Billing/Charge/MembershipLookup.cs(5,", line, StringComparison.Ordinal));
        Assert.Contains("'Northwind.Gym.Billing.Charge.MembershipLookup' must not depend on 'Northwind.Gym.Memberships.MembershipRepository': the diagram has no arrow Billing --> Memberships", flagged[1], StringComparison.Ordinal);

        // The events are a part other modules may use, not a way out of the module: an event of Memberships reaching into
        // Classes' schedule is flagged (an `except` inside `independent` would have let it through both ways).
        File.Delete(Path.Combine(repo.Root, "src/Gym/Billing/Charge/MembershipLookup.cs"));
        repo.Write("src/Gym/Memberships/Start/Events/MembershipPausedEvent.cs", "namespace Northwind.Gym.Memberships.Start.Events;\n\npublic sealed record MembershipPausedEvent(System.Guid Id)\n{\n    public int FreedSeats(Northwind.Gym.Classes.ClassSchedule schedule) => schedule.Get(\"yoga\").Capacity;\n}\n");
        check = repo.Run("check", "--no-restore");
        Assert.Equal(1, check.ExitCode);
        flagged = check.StdoutLines.Where(l => l.Contains(": error TL", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, flagged.Count);
        Assert.All(flagged, line => Assert.StartsWith("src/Gym/Memberships/Start/Events/MembershipPausedEvent.cs(5,", line, StringComparison.Ordinal));
        Assert.Contains("'Northwind.Gym.Memberships.Start.Events.MembershipPausedEvent' must not depend on 'Northwind.Gym.Classes.ClassSchedule': the diagram has no arrow MembershipsEvents --> Classes", flagged[0], StringComparison.Ordinal);
    }

    [Fact]
    public void With_all_it_proposes_every_rule_that_holds_in_one_adr_per_theme()
    {
        using var repo = new TempRepo();
        GymSolution.WriteTo(repo);

        var run = repo.Run("infer", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            $"created ADR-0001 (proposed) with 3 rule(s) that hold today: {StructureAdr}",
            "  diagram        northwind-gym-independent-modules (17 types, 2 left out)",
            "  allow-only     northwind-gym-common-self-contained (4 types)",
            "  acyclic        northwind-gym-acyclic (23 types)",
            "created ADR-0002 (proposed) with 1 rule(s) that hold today: docs/adr/0002-keep-the-names-and-places-gym-s-types-already-have.md",
            "  naming         interfaces-start-with-i (3 types)",
            "created ADR-0003 (proposed) with 3 rule(s) that hold today: docs/adr/0003-keep-the-shape-gym-s-types-already-have.md",
            "  members        no-public-instance-fields (9 types)",
            "  modifiers      endpoint-classes-static (4 types)",
            "  modifiers      module-classes-static (4 types)",
            "4 candidate(s) not proposed; each is listed in the ADR with the reason",
            "next: review them, 'techlead impact ADR-0001' and 'techlead impact ADR-0002' and 'techlead impact ADR-0003' to see they flag nothing, then set status: accepted",
        ], run.StdoutLines);
        var naming = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0002-keep-the-names-and-places-gym-s-types-already-have.md"));
        Assert.Contains("- id: interfaces-start-with-i\n  kind: naming\n  types:\n    kind: interface\n  pattern: \"^I[A-Z]\"\n", naming, StringComparison.Ordinal);
        var shape = File.ReadAllText(Path.Combine(repo.AdrDirectory, "0003-keep-the-shape-gym-s-types-already-have.md"));
        var document = Assert.Single(AdrSet.Load([new AdrSourceFile("0003.md", shape)]).Documents);
        Assert.Equal("Keep the shape Gym's types already have", document.Title);
        // Beyond the structure, the rule that covers more types first (rules/0056).
        Assert.Equal(["no-public-instance-fields", "endpoint-classes-static", "module-classes-static"], document.Rules.Select(r => r.Id));
        // The common kernel may use the base library, all of it.
        var structure = File.ReadAllText(Path.Combine(repo.Root, StructureAdr));
        Assert.Contains("- id: northwind-gym-common-self-contained\n  kind: allow-only\n  from: Northwind.Gym.Common.**\n  to: Northwind.Gym.Common.**\n  also-allow: [System.**]\n", structure, StringComparison.Ordinal);

        // The near-rule's diagram has today's map: which module may use which one's events.
        Assert.Contains("  Billing --> MembershipsEvents\n  Reporting --> ClassesEvents\n```\n", structure, StringComparison.Ordinal);
        Assert.DoesNotContain("%% techlead: northwind-gym-module-map", structure, StringComparison.Ordinal);

        // Accepted, Reporting reading Memberships' event is flagged: the diagram has no arrow Reporting --> MembershipsEvents.
        File.WriteAllText(Path.Combine(repo.Root, StructureAdr), structure.Replace("status: proposed\n", "status: accepted\n", StringComparison.Ordinal));
        repo.Write("src/Gym/Reporting/Attend/NewMemberCounter.cs", "namespace Northwind.Gym.Reporting.Attend;\n\npublic sealed class NewMemberCounter\n{\n    public int Count { get; private set; }\n\n    public void Handle(Northwind.Gym.Memberships.Start.Events.MembershipStartedEvent started) => Count++;\n}\n");
        var check = repo.Run("check", "--no-restore");
        Assert.Equal(1, check.ExitCode);
        var flagged = Assert.Single(check.StdoutLines, l => l.Contains(": error TL", StringComparison.Ordinal));
        Assert.StartsWith("src/Gym/Reporting/Attend/NewMemberCounter.cs(7,", flagged, StringComparison.Ordinal);
        Assert.Contains("error TL0006", flagged, StringComparison.Ordinal);
        Assert.Contains("'Northwind.Gym.Memberships.Start.Events.MembershipStartedEvent'", flagged, StringComparison.Ordinal);
    }
}
