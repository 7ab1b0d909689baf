using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Members;

/// <summary><c>type-not</c> (rules/0069): the member's type, or one of its generic arguments, must not be a type a selector picks.</summary>
public sealed class TypeNotTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\nrules:\n";
    private const string Reason = "Domain stays persistence-ignorant";

    private static readonly FakeType AggregateRoot = new("Shop.IAggregateRoot") { Kind = SelectorTypeKind.Interface };
    private static readonly FakeType Customer = new("Shop.Customers.Customer") { Interfaces = [AggregateRoot] };
    private static readonly FakeType CustomerId = new("Shop.Customers.CustomerId");
    private static readonly FakeType List = new("System.Collections.Generic.List`1");

    [Fact]
    public void A_field_of_a_selected_type_breaks_it_and_the_message_names_the_type()
    {
        var rule = Rule();

        Assert.Equal(
            $"[ADR-0007] field 'Shop.Order._customer' must not be of type 'Shop.Customers.Customer' (a type 'type-not' selects) (rule r: {Reason})",
            Check(rule, new FakeMember("_customer", MemberKind.Field, MemberVisibility.Private, Type: "Shop.Customers.Customer", ValueTypes: [Customer])));
        Assert.Null(Check(rule, new FakeMember("_customerId", MemberKind.Field, MemberVisibility.Private, Type: "Shop.Customers.CustomerId", ValueTypes: [CustomerId])));
    }

    [Fact]
    public void A_generic_argument_of_a_selected_type_breaks_it()
    {
        Assert.Equal(
            $"[ADR-0007] property 'Shop.Order.Buyers' must not be of type 'System.Collections.Generic.List`1' with the generic argument 'Shop.Customers.Customer' (a type 'type-not' selects) (rule r: {Reason})",
            Check(Rule(), new FakeMember("Buyers", MemberKind.Property, Type: "System.Collections.Generic.List`1", ValueTypes: [List, Customer])));
        Assert.Null(Check(Rule(), new FakeMember("BuyerIds", MemberKind.Property, Type: "System.Collections.Generic.List`1", ValueTypes: [List, CustomerId])));
    }

    [Fact]
    public void Only_the_selected_kinds_are_checked_and_a_member_without_a_named_type_is_not()
    {
        var rule = Rule();

        Assert.Null(Check(rule, new FakeMember("Load", MemberKind.Method, Type: "Shop.Customers.Customer", ValueTypes: [Customer])));
        Assert.Null(Check(rule, new FakeMember("_customers", MemberKind.Field, Type: "Shop.Customers.Customer[]")));
    }

    [Fact]
    public void Type_not_is_a_selector_and_a_bad_one_is_located() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: field }\n    type-not: { {|implement|}: Shop.IAggregateRoot }\n---\n",
            ("TL9002", "rule 'r': type-not: unknown selector condition 'implement'; did you mean 'implements'?"));

    [Fact]
    public void Type_not_does_not_apply_to_constructors() =>
        Adr.AssertDiagnostics(
            Head + "  - id: r\n    kind: members\n    members: { kind: constructor }\n    {|type-not|}: { implements: Shop.IAggregateRoot }\n---\n",
            ("TL9002", "rule 'r': type-not: does not apply to constructors; it applies to methods, properties and fields; select those with 'members: { kind: ... }' or remove 'type-not'"));

    private static MembersRule Rule() =>
        Adr.SingleRule<MembersRule>($"  - id: r\n    kind: members\n    members: {{ kind: [field, property], static: false, types: Shop.** }}\n    type-not: {{ implements: Shop.IAggregateRoot }}\n");

    private static string? Check(MembersRule rule, FakeMember member)
    {
        var message = rule.Check(member, FakeMemberModel.Instance, "Shop.Order", out var timedOut);
        Assert.False(timedOut);
        return message;
    }
}
