using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Members;

/// <summary>The <c>members</c> kind (TL0207): its selector, each condition and the message, on fake members.</summary>
public sealed class MembersRuleTests
{
    private const string Reason = "Domain stays persistence-ignorant";

    [Fact]
    public void Getters_must_not_return_void()
    {
        var rule = Rule("members: { kind: method, name: 'Get*' }\n    returns-not: void");

        Assert.Equal($"[ADR-0007] method 'Shop.Order.GetTotal' must not return 'System.Void' (rule r: {Reason})", Check(rule, new FakeMember("GetTotal")));
        Assert.Null(Check(rule, new FakeMember("GetTotal", Type: "System.Decimal")));
        Assert.Null(Check(rule, new FakeMember("Total")));
        Assert.Null(Check(rule, new FakeMember("GetTotal", MemberKind.Property)));
    }

    [Fact]
    public void Returns_lists_the_wanted_types_and_names_the_actual_one_and_accepts_the_awaited_type()
    {
        var rule = Rule("members: { kind: [method, property], name-matches: '^(Is|Has)[A-Z]' }\n    returns: bool");

        Assert.Equal($"[ADR-0007] method 'Shop.Order.IsPaid' must return 'bool', not 'System.Int32' (rule r: {Reason})", Check(rule, new FakeMember("IsPaid", Type: "System.Int32")));
        Assert.Equal($"[ADR-0007] property 'Shop.Order.HasLines' must be of type 'bool', not 'System.String' (rule r: {Reason})", Check(rule, new FakeMember("HasLines", MemberKind.Property, Type: "System.String")));
        Assert.Null(Check(rule, new FakeMember("IsPaid", Type: "System.Boolean")));
        Assert.Null(Check(rule, new FakeMember("IsPaidAsync", Type: MemberTypeNames.Task, Awaited: "System.Boolean")));
        Assert.Null(Check(rule, new FakeMember("Issue", Type: "System.Int32")));
    }

    [Fact]
    public void Every_unmet_condition_is_in_one_message()
    {
        var rule = Rule("members: { kind: constructor }\n    visibility: [private, protected]\n    max-parameters: 2\n    require-attribute: Shop.FactoryAttribute");

        Assert.Equal(
            $"[ADR-0007] constructor 'Shop.Order' must be private or protected, not public and must have attribute 'Shop.FactoryAttribute' and must have at most 2 parameters, not 3 (rule r: {Reason})",
            Check(rule, new FakeMember("Order", MemberKind.Constructor, Type: null, Parameters: 3)));
        Assert.Null(Check(rule, new FakeMember("Order", MemberKind.Constructor, MemberVisibility.Private, Type: null, Parameters: 2, Attributes: ["Shop.FactoryAttribute"])));
    }

    [Fact]
    public void Selector_keys_all_have_to_hold()
    {
        var rule = Rule("members: { kind: method, visibility: public, static: false, async: true, returns: 'System.Threading.Tasks.*', has-attribute: '**.HttpGetAttribute' }\n    pattern: 'Async$'");
        var selected = new FakeMember("Load", IsAsync: true, Type: MemberTypeNames.Task, Attributes: ["Web.HttpGetAttribute"]);

        Assert.NotNull(Check(rule, selected));
        Assert.Null(Check(rule, selected with { Visibility = MemberVisibility.Internal }));
        Assert.Null(Check(rule, selected with { IsStatic = true }));
        Assert.Null(Check(rule, selected with { IsAsync = false }));
        Assert.Null(Check(rule, selected with { Type = "System.Int32" }));
        Assert.Null(Check(rule, selected with { Attributes = [] }));
        Assert.Null(Check(rule, selected with { Kind = MemberKind.Property }));
    }

    [Fact]
    public void Public_setter_and_allowed_false()
    {
        var setters = Rule("members: { kind: property }\n    public-setter: false");
        var fields = Rule("members: { kind: field, visibility: public, static: false }\n    allowed: false");

        Assert.Equal($"[ADR-0007] property 'Shop.Order.Total' must not have a public setter (rule r: {Reason})", Check(setters, new FakeMember("Total", MemberKind.Property, PublicSetter: true)));
        Assert.Null(Check(setters, new FakeMember("Total", MemberKind.Property)));
        Assert.Equal($"[ADR-0007] field 'Shop.Order.Count' is not allowed (rule r: {Reason})", Check(fields, new FakeMember("Count", MemberKind.Field, Type: "System.Int32")));
        Assert.Null(Check(fields, new FakeMember("Count", MemberKind.Field, IsStatic: true, Type: "System.Int32")));
    }

    [Fact]
    public void Array_type_globs_match_arrays_only()
    {
        var rule = Rule("members: { kind: method }\n    returns-not: 'string[]'");

        Assert.NotNull(Check(rule, new FakeMember("Names", Type: "System.String[]")));
        Assert.Null(Check(rule, new FakeMember("Name", Type: "System.String")));
        Assert.Null(Check(rule, new FakeMember("Grid", Type: "System.String[,]")));
    }

    [Fact]
    public void Declaring_type_selector_is_matched_by_the_engine_and_indexes_by_prefix()
    {
        var rule = Rule("members: { kind: method, types: Shop.Domain.** }\n    static: false");

        Assert.Equal(["Shop.Domain."], rule.Members.RequiredPrefixes);
    }

    private static MembersRule Rule(string body) => Adr.SingleRule<MembersRule>($"  - id: r\n    kind: members\n    {body}\n");

    private static string? Check(MembersRule rule, FakeMember member)
    {
        var message = rule.Check(member, FakeMemberModel.Instance, "Shop.Order", out var timedOut);
        Assert.False(timedOut);
        return message;
    }
}
