using System.Linq;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Selectors;

public sealed class TypeSelectorTests
{
    private static readonly FakeType Entity = new("Shop.Domain.Entity") { Abstract = true };
    private static readonly FakeType EntityInterface = new("Shop.Domain.IEntity") { Kind = SelectorTypeKind.Interface };
    private static readonly FakeType Serializable = new("System.SerializableAttribute");

    private static readonly FakeType Order = new("Shop.Domain.Order")
    {
        BaseClass = Entity,
        Interfaces = [EntityInterface],
        Attributes = [Serializable],
        Sealed = true,
    };

    private static readonly FakeType Money = new("Shop.Domain.Money") { Kind = SelectorTypeKind.Struct, Visibility = TypeVisibility.Internal };
    private static readonly FakeType Endpoint = new("Shop.Api.Endpoints.OrderEndpoint") { Assembly = "Shop.Api" };

    /// <summary>Compiles <paramref name="selectorYaml"/> as a naming rule's <c>types</c> and matches it.</summary>
    private static bool Selects(string selectorYaml, FakeType type)
    {
        var rule = Adr.SingleRule<NamingRule>($"  - id: r\n    kind: naming\n    pattern: '.*'\n    types: {selectorYaml}\n");
        return rule.Types.Matches(type, FakeTypeModel.Instance);
    }

    [Theory]
    [InlineData("{ name: Order }", true)]
    [InlineData("{ name: 'Ord*' }", true)]
    [InlineData("{ name: Money }", false)]
    [InlineData("{ namespace: Shop.Domain }", true)]
    [InlineData("{ namespace: 'Shop.**' }", true)]
    [InlineData("{ namespace: Shop }", false)]
    [InlineData("{ assembly: Shop }", true)]
    [InlineData("{ assembly: 'Shop.*' }", false)]
    [InlineData("{ kind: class }", true)]
    [InlineData("{ kind: struct }", false)]
    [InlineData("{ inherits: Shop.Domain.Entity }", true)]
    [InlineData("{ inherits: Shop.Domain.IEntity }", false)]
    [InlineData("{ implements: Shop.Domain.IEntity }", true)]
    [InlineData("{ has-attribute: 'System.Serializable*' }", true)]
    [InlineData("{ visibility: public }", true)]
    [InlineData("{ visibility: internal }", false)]
    [InlineData("{ namespace: Shop.Domain, except: { name: Order } }", false)]
    [InlineData("{ namespace: Shop.Domain, except: Shop.Domain.Money }", true)]
    [InlineData("[Shop.Api.**, { name: Order }]", true)]
    [InlineData("[Shop.Api.**, { name: Money }]", false)]
    public void Mapping_conditions_all_must_hold(string selector, bool expected) =>
        Assert.Equal(expected, Selects(selector, Order));

    [Theory]
    [InlineData("{ name: '*Endpoint' }", "Shop.Api.Endpoints.OrderEndpoint", true)]
    [InlineData("{ name: OrderEndpoint }", "Shop.Api.Endpoints.OrderEndpoint", true)]
    [InlineData("{ name: Shop.Api.Endpoints.OrderEndpoint }", "Shop.Api.Endpoints.OrderEndpoint", false)]
    [InlineData("{ name: 'Shop.**' }", "Shop.Api.Endpoints.OrderEndpoint", false)]
    [InlineData("{ name: Inner }", "Shop.Api.Outer.Inner", true)]
    [InlineData("{ name: Outer }", "Shop.Api.Outer.Inner", false)]
    [InlineData("{ name: Repo }", "Shop.Domain.Repo`1", true)]
    [InlineData("{ name: 'Repo`1' }", "Shop.Domain.Repo`1", true)]
    [InlineData("{ name: '*Repo' }", "Shop.Domain.Repo`1", true)]
    [InlineData("{ name: 'Repo`2' }", "Shop.Domain.Repo`1", false)]
    public void Name_matches_the_simple_name_with_or_without_generic_arity(string selector, string type, bool expected) =>
        Assert.Equal(expected, Selects(selector, new FakeType(type)));

    [Theory]
    [InlineData("{ name-matches: Order }", true)]
    [InlineData("{ name-matches: rde }", true)]
    [InlineData("{ name-matches: '^Ord' }", true)]
    [InlineData("{ name-matches: '^rder' }", false)]
    [InlineData("{ name-matches: order }", false)]
    [InlineData("{ name-matches: '^(Order|Invoice)$' }", true)]
    [InlineData("{ name-matches: 'Domain' }", false)]
    [InlineData("{ namespace-matches: '^Shop\\.Domain$' }", true)]
    [InlineData("{ namespace-matches: 'Dom' }", true)]
    [InlineData("{ namespace-matches: '^Domain' }", false)]
    [InlineData("{ namespace-matches: Order }", false)]
    [InlineData("{ full-name-matches: '^Shop\\..*\\.Order$' }", true)]
    [InlineData("{ full-name-matches: 'Domain\\.Ord' }", true)]
    [InlineData("{ full-name-matches: '^Domain' }", false)]
    [InlineData("{ namespace: 'Shop.**', name-matches: 'er$', sealed: true }", true)]
    [InlineData("{ name-matches: 'er$', except: { namespace-matches: Domain } }", false)]
    [InlineData("{ name-matches: 'er$', except: { name-matches: Money } }", true)]
    [InlineData("[{ name-matches: Money }, { full-name-matches: 'Order$' }]", true)]
    public void Regex_keys_match_anywhere_unless_anchored_and_case_sensitively(string selector, bool expected) =>
        Assert.Equal(expected, Selects(selector, Order));

    [Theory]
    [InlineData("{ name-matches: '^Repo$' }", "Shop.Domain.Repo`1", true)]
    [InlineData("{ name-matches: '^Repo$' }", "Shop.Domain.Repo", true)]
    [InlineData("{ name-matches: '`' }", "Shop.Domain.Repo`1", false)]
    [InlineData("{ full-name-matches: '^Shop\\.Domain\\.Repo`1$' }", "Shop.Domain.Repo`1", true)]
    [InlineData("{ full-name-matches: 'Repo$' }", "Shop.Domain.Repo`1", false)]
    [InlineData("{ name-matches: '^Inner$' }", "Shop.Api.Outer.Inner", true)]
    [InlineData("{ full-name-matches: 'Outer\\.Inner$' }", "Shop.Api.Outer.Inner", true)]
    [InlineData("{ namespace-matches: '^$' }", "Program", true)]
    [InlineData("{ namespace-matches: '.' }", "Program", false)]
    public void Regex_keys_see_the_name_without_arity_and_the_full_name_with_it(string selector, string type, bool expected) =>
        Assert.Equal(expected, Selects(selector, new FakeType(type)));

    [Theory]
    [InlineData("{ abstract: true }", "Entity")]
    [InlineData("{ abstract: false }", "Order, Money, Helpers")]
    [InlineData("{ sealed: true }", "Order, Money")]
    [InlineData("{ sealed: false }", "Entity, Helpers")]
    [InlineData("{ static: true }", "Helpers")]
    [InlineData("{ static: false }", "Entity, Order, Money")]
    [InlineData("{ kind: class, abstract: false, static: false }", "Order")]
    [InlineData("{ namespace: 'Shop.**', except: { static: true } }", "Entity, Order, Money")]
    public void Modifier_keys_compare_with_the_engines_flags(string selector, string expected)
    {
        FakeType[] types = [Entity, Order, Money with { Sealed = true }, new FakeType("Shop.Domain.Helpers") { Static = true }];
        Assert.Equal(expected, string.Join(", ", types.Where(t => Selects(selector, t)).Select(t => t.Name)));
    }

    [Fact]
    public void Yaml_writes_the_new_keys_in_the_spec_order()
    {
        var rule = Adr.SingleRule<NamingRule>("  - id: r\n    kind: naming\n    pattern: '.*'\n    types: { full-name-matches: '^Shop\\.', static: false, name-matches: '[A-Z]', abstract: true, namespace-matches: Domain, sealed: false, name: 'O*' }\n");
        Assert.Equal("{ name: O*, abstract: true, sealed: false, static: false, name-matches: \"[A-Z]\", namespace-matches: Domain, full-name-matches: ^Shop\\. }", rule.Types.Yaml);
    }

    [Fact]
    public void Regex_and_modifier_keys_add_no_required_prefix_and_keep_the_namespace_one()
    {
        var regexOnly = Adr.SingleRule<ForbidRule>("  - id: r\n    kind: forbid\n    from: { full-name-matches: '^Shop\\.Domain\\.', abstract: false }\n    to: Shop.Infrastructure.**\n");
        Assert.Empty(regexOnly.From.RequiredPrefixes);
        var withNamespace = Adr.SingleRule<ForbidRule>("  - id: r\n    kind: forbid\n    from: { namespace: 'Shop.Domain.**', name-matches: 'Service$', static: true }\n    to: Shop.Infrastructure.**\n");
        Assert.Equal(["Shop.Domain."], withNamespace.From.RequiredPrefixes);
    }

    [Fact]
    public void Kind_and_visibility_distinguish_value_types()
    {
        Assert.True(Selects("{ kind: struct, visibility: internal }", Money));
        Assert.False(Selects("{ kind: struct, visibility: public }", Money));
    }

    [Fact]
    public void Unions_pick_types_of_any_member()
    {
        Assert.True(Selects("[Shop.Api.**, Shop.Domain.Money]", Endpoint));
        Assert.True(Selects("[Shop.Api.**, Shop.Domain.Money]", Money));
        Assert.False(Selects("[Shop.Api.**, Shop.Domain.Money]", Order));
    }

    [Fact]
    public void Required_prefixes_let_engines_skip_unrelated_types()
    {
        var rule = Adr.SingleRule<ForbidRule>("  - id: r\n    kind: forbid\n    from: [Shop.Domain.**, { namespace: Shop.Api }]\n    to: Shop.Infrastructure.**\n");
        Assert.Equal(["Shop.Domain.", "Shop.Api"], rule.From.RequiredPrefixes);
        var anywhere = Adr.SingleRule<ForbidRule>("  - id: r\n    kind: forbid\n    from: [Shop.Domain.**, { name: '*Controller' }]\n    to: Shop.Infrastructure.**\n");
        Assert.Empty(anywhere.From.RequiredPrefixes);
    }
}
