using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Checking;
using TechLead.Cli.Inferring;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// The near-rule's exception learned from the analyzer's violations (rules/0041) on a single-project library whose modules
/// keep their internals <c>internal</c> and meet through what they make public, as teams write "no module uses another's
/// internal types".
/// </summary>
public sealed class ModuleIndependenceTests
{
    private const string Prefix = "Contoso.Library.Modules";

    private static readonly TypeFact[] Library =
    [
        Type("Catalog.Api", "ICatalogApi", TypeVisibility.Public, SelectorTypeKind.Interface),
        Type("Catalog.Api", "BookSummary", TypeVisibility.Public, SelectorTypeKind.Record),
        Type("Catalog.Api", "CatalogApi", TypeVisibility.Internal),
        Type("Catalog.Domain", "Book", TypeVisibility.Internal),
        Type("Catalog.Persistence", "BookRepository", TypeVisibility.Internal),
        Type("Catalog.Search", "SearchBooksHandler", TypeVisibility.Internal),
        Type("Members.Api", "IMembersApi", TypeVisibility.Public, SelectorTypeKind.Interface),
        Type("Members.Api", "MemberSummary", TypeVisibility.Public, SelectorTypeKind.Record),
        Type("Members.Api", "MembersApi", TypeVisibility.Internal),
        Type("Members.Domain", "Member", TypeVisibility.Internal),
        Type("Members.Domain", "MemberLimits", TypeVisibility.Internal),
        Type("Members.Register", "RegisterMemberHandler", TypeVisibility.Internal),
        Type("Lending.Domain", "Loan", TypeVisibility.Internal),
        Type("Lending.Lend", "LendBookHandler", TypeVisibility.Internal),
        Type("Lending.Persistence", "LoanRepository", TypeVisibility.Internal),
        Type("Lending.Return", "ReturnBookHandler", TypeVisibility.Internal),
        Type("Notifications.Overdue", "OverdueNotice", TypeVisibility.Internal),
        Type("Notifications.Overdue", "NoticeSender", TypeVisibility.Internal),
        Type("Notifications.Templates", "NoticeTemplate", TypeVisibility.Internal),
    ];

    [Fact]
    public void Modules_that_meet_only_through_public_types_are_independent_except_those_and_a_stray_constant_class_is_named_on_its_own()
    {
        var (learner, proposal) = NearRule();

        var learned = learner.TryLearn(
        [
            Use("Lending.Lend.LendBookHandler", "Catalog.Api.ICatalogApi"),
            Use("Lending.Lend.LendBookHandler", "Catalog.Api.BookSummary"),
            Use("Lending.Lend.LendBookHandler", "Members.Api.IMembersApi"),
            // A const read from another module's internal class: one type outside the set, named on its own.
            Use("Lending.Lend.LendBookHandler", "Members.Domain.MemberLimits"),
            Use("Notifications.Overdue.NoticeSender", "Members.Api.IMembersApi"),
            Use("Notifications.Overdue.NoticeSender", "Members.Api.MemberSummary"),
        ]);

        // Each module others use is a subgraph with its public part; the others may use the part only, so a public type of
        // Lending reaching into Members' internals is flagged (an `except` in `independent` would free it as a user too).
        Assert.True(learned);
        Assert.Equal(
            "- id: contoso-library-modules-independent-modules\n  kind: diagram\n  diagram: contoso-library-modules-independent-modules\n  components:\n"
            + "    Catalog: Contoso.Library.Modules.Catalog.**\n"
            + "    CatalogPublic:\n      namespace: Contoso.Library.Modules.Catalog.**\n      visibility: public\n"
            + "    Lending: Contoso.Library.Modules.Lending.**\n"
            + "    Members: Contoso.Library.Modules.Members.**\n"
            + "    MembersPublic:\n      - namespace: Contoso.Library.Modules.Members.**\n        visibility: public\n      - Contoso.Library.Modules.Members.Domain.MemberLimits\n"
            + "    Notifications: Contoso.Library.Modules.Notifications.**\n",
            RuleBlockBody(proposal));
        Assert.Equal(
            "```mermaid\n%% techlead: contoso-library-modules-independent-modules\nflowchart LR\n"
            + "  subgraph Catalog\n    CatalogPublic\n  end\n  Lending\n  subgraph Members\n    MembersPublic\n  end\n  Notifications\n"
            + "  Lending --> CatalogPublic\n  Lending --> MembersPublic\n  Notifications --> MembersPublic\n```\n",
            proposal.ToDraft().Diagram);
        Assert.Equal("diagram", proposal.Kind);
        Assert.Contains(", along today's 3 arrow(s): Lending → Catalog, Lending → Members, Notifications → Members", proposal.Evidence, System.StringComparison.Ordinal);
        Assert.Contains("; the modules meet only through the public types and Contoso.Library.Modules.Members.Domain.MemberLimits, drawn as", proposal.Evidence, System.StringComparison.Ordinal);
        Assert.Contains(new KeyValuePair<string, string>("Contoso.Library.Modules.Members.Domain.MemberLimits", "Lending uses it: named on its own, outside the public types"), proposal.Exceptions);
        Assert.Contains(new KeyValuePair<string, string>("Contoso.Library.Modules.Members.Api.IMembersApi", "Lending, Notifications use it: it is one of the public types"), proposal.Exceptions);
    }

    [Fact]
    public void Three_used_types_outside_every_set_are_no_named_exception_and_the_modules_that_reach_past_it_compose_the_others()
    {
        var (learner, proposal) = NearRule();

        var learned = learner.TryLearn(
        [
            Use("Lending.Lend.LendBookHandler", "Catalog.Api.ICatalogApi"),
            Use("Lending.Lend.LendBookHandler", "Catalog.Domain.Book"),
            Use("Lending.Lend.LendBookHandler", "Members.Domain.Member"),
            Use("Lending.Lend.LendBookHandler", "Members.Domain.MemberLimits"),
            Use("Notifications.Overdue.NoticeSender", "Members.Api.IMembersApi"),
        ]);

        // Lending reaches into Catalog and Members past any set: it composes them and is left out; the rest meet through public types.
        Assert.True(learned);
        Assert.DoesNotContain("Lending", RuleBlockBody(proposal), System.StringComparison.Ordinal);
        Assert.Contains("left out: Lending, which uses Catalog and Members (it composes the modules)", proposal.Evidence, System.StringComparison.Ordinal);
        Assert.DoesNotContain(proposal.Exceptions, e => e.Key.EndsWith("MemberLimits", System.StringComparison.Ordinal));
    }

    private static (ModuleIndependence Learner, Proposal Proposal) NearRule()
    {
        var types = Library.ToDictionary(t => t.FullName, System.StringComparer.Ordinal);
        var learner = new ModuleIndependence(Prefix, ["Catalog", "Lending", "Members", "Notifications"], types);
        var proposal = new Proposal("contoso-library-modules-independent-modules", "independent", "evidence", types.Keys.ToList(), allowsExceptions: false, (id, _) => learner.Build(id))
        {
            Learner = learner,
        };
        learner.Owner = proposal;
        return (learner, proposal);
    }

    private static string RuleBlockBody(Proposal proposal)
    {
        var block = AdrDraftWriter.RenderRuleBlock([proposal.ToDraft()]);
        return block.Substring(block.IndexOf('\n', System.StringComparison.Ordinal) + 1).Replace("```\n", string.Empty, System.StringComparison.Ordinal);
    }

    private static Finding Use(string from, string to) =>
        new("TL0004", RuleSeverity.Error, "crosses", "src/Library/Lending.cs", 1, 1) { From = $"T:{Prefix}.{from}", To = $"T:{Prefix}.{to}" };

    private static TypeFact Type(string ns, string name, TypeVisibility visibility, SelectorTypeKind kind = SelectorTypeKind.Class) =>
        new($"{Prefix}.{ns}.{name}", $"{Prefix}.{ns}", name, "Contoso.Library", kind) { Visibility = visibility, Suffix = System.Text.RegularExpressions.Regex.Match(name, "[A-Z][a-z0-9]+$").Value is var s && s != name ? s : string.Empty };
}
