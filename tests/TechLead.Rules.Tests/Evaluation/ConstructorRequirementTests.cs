using TechLead.Rules.Evaluation;
using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Evaluation;

/// <summary>rules/0052: <c>constructors: private | non-public</c> of a modifiers rule counts every instance constructor metadata holds.</summary>
public sealed class ConstructorRequirementTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\n";

    private static string? Check(string value, FakeType type)
    {
        var rule = Adr.SingleRule<TypeRule>($"  - id: ctors\n    kind: modifiers\n    types: Shop.Domain.*\n    constructors: {value}\n");
        var message = TypeRuleChecker.Check(rule, type, FakeTypeModel.Instance, out var timedOut);
        Assert.False(timedOut);
        return message;
    }

    private static FakeType Order(params InstanceConstructor[] constructors) => new("Shop.Domain.Order") { Constructors = constructors };

    [Fact]
    public void Private_flags_the_parameterless_constructor_CSharp_adds_to_a_class_that_declares_none() =>
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must be constructible only privately (it has a public constructor with no parameters) (rule ctors: Domain stays persistence-ignorant)",
            Check("private", Order(new InstanceConstructor(MemberVisibility.Public, 0))));

    [Fact]
    public void Private_flags_protected_and_internal_constructors_and_names_the_most_visible_one() =>
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must be constructible only privately (it has an internal constructor with 1 parameter) (rule ctors: Domain stays persistence-ignorant)",
            Check("private", Order(new InstanceConstructor(MemberVisibility.Protected, 0), new InstanceConstructor(MemberVisibility.Private, 2), new InstanceConstructor(MemberVisibility.Internal, 1))));

    [Fact]
    public void Private_passes_private_constructors_and_types_without_instance_constructors()
    {
        Assert.Null(Check("private", Order(new InstanceConstructor(MemberVisibility.Private, 0), new InstanceConstructor(MemberVisibility.Private, 3))));
        Assert.Null(Check("private", Order()));
    }

    [Fact]
    public void Non_public_flags_only_public_constructors()
    {
        Assert.Null(Check("non-public", Order(new InstanceConstructor(MemberVisibility.Protected, 0), new InstanceConstructor(MemberVisibility.Internal, 2))));
        Assert.Equal(
            "[ADR-0007] 'Shop.Domain.Order' must be constructible only non-publicly (it has a public constructor with 2 parameters) (rule ctors: Domain stays persistence-ignorant)",
            Check("non-public", Order(new InstanceConstructor(MemberVisibility.Private, 0), new InstanceConstructor(MemberVisibility.Public, 2))));
    }

    [Fact]
    public void It_joins_the_other_requirements_in_one_message_and_the_fix_keyword_is_constructible()
    {
        var rule = Adr.SingleRule<ModifiersRule>("  - id: ctors\n    kind: modifiers\n    types: Shop.Domain.*\n    sealed: true\n    constructors: private\n");
        var unmet = rule.FindUnmet(Order(new InstanceConstructor(MemberVisibility.Public, 0)), FakeTypeModel.Instance);
        Assert.Equal(["sealed", "constructible only privately (it has a public constructor with no parameters)"], unmet);
        Assert.Equal("sealed,constructible", ModifiersRule.RequirementsProperty(unmet));
    }

    [Fact]
    public void An_unknown_value_is_a_located_TL9002_with_the_closest_spelling() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: modifiers\n    types: A.**\n    constructors: {|privat|}\n---\n",
            ("TL9002", "rule 'r': constructors 'privat' is not valid; did you mean 'private'?"));
}
