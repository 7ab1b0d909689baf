using System;
using System.Linq;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Parsing;

public sealed class SpellingsTests
{
    [Fact]
    public void Every_written_value_round_trips_by_name_not_by_position()
    {
        AssertRoundTrip(Spellings.Status, Enum.GetValues<AdrStatus>());
        AssertRoundTrip(Spellings.Category, [AdrCategory.OneWayDoor, AdrCategory.TwoWayDoor]);
        AssertRoundTrip(Spellings.Severity, [RuleSeverity.Error, RuleSeverity.Warning, RuleSeverity.Info, RuleSeverity.Hidden]);
        AssertRoundTrip(Spellings.TypeKind, Enum.GetValues<SelectorTypeKind>());
        AssertRoundTrip(Spellings.Visibility, Enum.GetValues<TypeVisibility>());
    }

    [Fact]
    public void Values_the_format_cannot_write_have_no_name()
    {
        Assert.Null(Spellings.Category.NameOf(AdrCategory.Unspecified));
        Assert.Null(Spellings.Severity.NameOf(RuleSeverity.None));
        Assert.False(Spellings.Severity.TryParse("none", out _));
    }

    [Fact]
    public void The_parser_reads_the_spellings_of_the_table()
    {
        var document = Adr.Parse("---\nid: ADR-0007\nstatus: Superseded\nsuperseded-by: ADR-0008\ncategory: two-way-door\nrules:\n  - { id: r, kind: forbid, from: A.**, to: B.**, severity: hidden }\n---\n").Document!;
        Assert.Equal((AdrStatus.Superseded, AdrCategory.TwoWayDoor, RuleSeverity.Hidden), (document.Status, document.FrontMatter.Category, Assert.Single(document.Rules).DeclaredSeverity));
    }

    [Fact]
    public void The_regex_timeout_message_names_the_rule_pattern_and_type()
    {
        var rule = Adr.SingleRule<NamingRule>("  - id: r\n    kind: naming\n    types: Shop.**\n    pattern: '^I[A-Z]'\n");
        Assert.Equal(
            "rule 'r': regex '^I[A-Z]' timed out (over 100 ms) on 'Shop.Order'; simplify the pattern, e.g. avoid nested quantifiers such as '(a+)+'",
            RuleProblems.NamingPatternTimedOut(rule, "Shop.Order"));
    }

    private static void AssertRoundTrip<TValue>(Spelling<TValue> spelling, TValue[] values)
        where TValue : struct, Enum
    {
        Assert.Equal(values.Length, spelling.Names.Count);
        Assert.Equal(spelling.Names.Count, spelling.Names.Distinct().Count());
        foreach (var value in values)
        {
            var name = spelling.NameOf(value);
            Assert.NotNull(name);
            Assert.True(spelling.TryParse(name, out var parsed));
            Assert.Equal(value, parsed);
        }
    }
}
