using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Evaluation;

/// <summary>rules/0062: <c>immutable: public-members</c> judges the public fields and properties engines list, declared and inherited.</summary>
public sealed class PublicMembersImmutabilityTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\n";

    private static string? Check(params PublicStateMember[] members)
    {
        var rule = Adr.SingleRule<TypeRule>("  - id: frozen\n    kind: modifiers\n    types: Shop.Domain.*\n    immutable: public-members\n");
        var message = TypeRuleChecker.Check(rule, new FakeType("Shop.Domain.Quote") { PublicStateMembers = members }, FakeTypeModel.Instance, out var timedOut);
        Assert.False(timedOut);
        return message;
    }

    private static PublicStateMember Field(string name, bool readOnlyOrConst, bool isStatic = false, int depth = 0) =>
        new(name, isProperty: false, isStatic, readOnlyOrConst, SetAccessor.None, depth, depth == 0 ? "Shop.Domain.Quote" : "Shop.Kernel.Entity");

    private static PublicStateMember Property(string name, SetAccessor setter, bool isStatic = false, int depth = 0) =>
        new(name, isProperty: true, isStatic, isReadOnlyOrConst: false, setter, depth, depth == 0 ? "Shop.Domain.Quote" : "Shop.Kernel.Entity");

    [Fact]
    public void Readonly_and_const_fields_and_get_only_properties_pass() =>
        Assert.Null(Check(Field("Empty", readOnlyOrConst: true, isStatic: true), Field("Amount", readOnlyOrConst: true), Property("Total", SetAccessor.None), Property("Id", SetAccessor.None, depth: 1)));

    [Fact]
    public void A_setter_of_any_accessibility_and_an_init_accessor_break_it() =>
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Quote' must be immutable: public property 'Total' has a setter (rule frozen: Domain stays persistence-ignorant)",
            Check(Property("Total", SetAccessor.Set)));

    [Fact]
    public void An_init_accessor_and_a_static_field_are_named_as_such()
    {
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Quote' must be immutable: public property 'Currency' has an init accessor (rule frozen: Domain stays persistence-ignorant)",
            Check(Property("Currency", SetAccessor.Init)));
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Quote' must be immutable: public static field 'Issued' is not readonly (rule frozen: Domain stays persistence-ignorant)",
            Check(Field("Issued", readOnlyOrConst: false, isStatic: true)));
    }

    [Fact]
    public void An_inherited_member_is_named_with_its_declaring_type() =>
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Quote' must be immutable: public property 'Id' inherited from 'Shop.Kernel.Entity' has a setter (rule frozen: Domain stays persistence-ignorant)",
            Check(Property("Total", SetAccessor.None), Property("Id", SetAccessor.Set, depth: 1)));

    [Fact]
    public void The_nearest_breaking_member_is_named_fields_first_then_by_ordinal_name_whatever_the_order_listed() =>
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Quote' must be immutable: public field 'Notes' is not readonly (rule frozen: Domain stays persistence-ignorant)",
            Check(Property("Version", SetAccessor.Set, depth: 1), Property("Total", SetAccessor.Set), Field("Tags", readOnlyOrConst: false), Field("Notes", readOnlyOrConst: false)));

    [Fact]
    public void A_member_hides_a_base_member_of_the_same_name() =>
        Assert.Null(Check(Property("Id", SetAccessor.None), Property("Id", SetAccessor.Set, depth: 1)));

    [Fact]
    public void Both_immutabilities_are_independent_and_the_fix_keyword_is_immutable()
    {
        var rule = Adr.SingleRule<ModifiersRule>("  - id: frozen\n    kind: modifiers\n    types: Shop.Domain.*\n    sealed: true\n    immutable: public-members\n");
        Assert.True(rule.Requirements.PublicMembersImmutable);
        Assert.False(rule.Requirements.Immutable);
        var unmet = rule.FindUnmet(new FakeType("Shop.Domain.Quote") { PublicStateMembers = [Property("Total", SetAccessor.Set)] }, FakeTypeModel.Instance);
        Assert.Equal(["sealed", "immutable: public property 'Total' has a setter"], unmet);
        Assert.Equal("sealed,immutable", ModifiersRule.RequirementsProperty(unmet));
    }

    [Fact]
    public void Immutable_true_keeps_its_meaning() =>
        Assert.True(Adr.SingleRule<ModifiersRule>("  - id: frozen\n    kind: modifiers\n    types: Shop.Domain.*\n    immutable: true\n").Requirements is { Immutable: true, PublicMembersImmutable: false });

    [Fact]
    public void A_value_close_to_none_lists_the_valid_ones() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: modifiers\n    types: A.**\n    immutable: {|always|}\n---\n",
            ("TL9002", "rule 'r': immutable: expected 'true' (no settable instance field or property the type declares; 'init' allowed) or 'public-members' (no public field that is not readonly and no public property with a set or init accessor, inherited and static ones included), got 'always'; expected one of: true, false, public-members"));

    [Fact]
    public void A_wrong_value_is_a_located_TL9002_that_lists_both_values() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: modifiers\n    types: A.**\n    immutable: {|public-member|}\n---\n",
            ("TL9002", "rule 'r': immutable: expected 'true' (no settable instance field or property the type declares; 'init' allowed) or 'public-members' (no public field that is not readonly and no public property with a set or init accessor, inherited and static ones included), got 'public-member'; did you mean 'public-members'?"));
}
