using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// What the code uses without writing it (rules/0039): inferred type arguments and implicitly typed lambda
/// parameters count, as a <c>var</c> does, because the compiled code names them; a type that is only in a called
/// member's signature does not, and an anonymous type is never a dependency, nor are its members' inferred types (rules/0044).
/// </summary>
public sealed class InferredReferenceTests
{
    private const string Order = "Shop.Domain.Order";

    private static Task Verify(string domainMembers, params int[] dbMarkups)
    {
        var test = new AnalyzerTest()
            .WithSource("namespace Shop.Domain { public class Order { " + domainMembers + " } }")
            .WithSource(Corpus.Infrastructure)
            .WithAdr(Adrs.ForbidDomainToInfrastructure());
        foreach (var markup in dbMarkups)
        {
            test.Expect(Diagnostic("TL0002", markup, Adrs.Forbidden(Order, "Shop.Infrastructure.Db")));
        }

        return test.RunAsync();
    }

    [Fact]
    public Task A_type_only_in_a_called_members_signature_is_not_a_dependency() =>
        Verify("void M() { Shop.Shared.Factory.Take(Shop.Shared.Factory.Create()); }");

    [Fact]
    public Task An_inferred_type_argument_is_a_dependency_at_the_method_name() =>
        Verify("static T Pass<T>(T value) => value; void M() { {|#0:Pass|}(Shop.Shared.Factory.Create()); }", 0);

    [Fact]
    public Task An_implicitly_typed_lambda_parameter_is_a_dependency_at_its_name() =>
        Verify(
            "static void Run<T>(System.Func<T> make, System.Action<T> use) { } void M() { {|#0:Run|}(Shop.Shared.Factory.Create, {|#1:db|} => { }); }",
            0,
            1);

    [Fact]
    public Task An_implicitly_typed_array_is_a_dependency_on_its_element_type_at_new() =>
        Verify("object M() => {|#0:new|}[] { Shop.Shared.Factory.Create() };", 0);

    [Fact]
    public Task An_overriding_members_type_is_the_virtual_member_it_overrides_which_compiled_code_calls() =>
        Run(
            """
            namespace Shop.Infrastructure { public class Handler { public virtual void Write() { } } }
            namespace Shop.Shared
            {
                public class JwtHandler : Shop.Infrastructure.Handler { public override void Write() { } }
                public static class Make { public static JwtHandler Jwt() => new(); }
            }
            namespace Shop.Domain { public class Order { void M() => Shop.Shared.Make.Jwt().{|#0:Write|}(); } }
            """,
            Adrs.ForbidDomainToInfrastructure(),
            Diagnostic("TL0002", 0, Adrs.Forbidden(Order, "Shop.Infrastructure.Handler")));

    [Fact]
    public Task An_anonymous_types_members_are_no_dependency_where_it_is_created_nor_where_a_var_holds_it() =>
        Verify("object M() { var row = new { Db = Shop.Shared.Factory.Create(), Count = 1 }; return row.Db; }");

    [Fact]
    public Task An_anonymous_type_as_an_inferred_type_argument_is_no_dependency() =>
        Run(
            """
            namespace Shop.Migrations
            {
                public sealed class Columns { public int Column() => 0; }
                public sealed class Table<T> { public void PrimaryKey(System.Func<T, object> key) { } }
                public sealed class Builder
                {
                    public void CreateTable<T>(System.Func<Columns, T> columns, System.Action<Table<T>> constraints) { }
                }
                public sealed class Initial
                {
                    public void Up(Builder builder) =>
                        builder.CreateTable(columns: table => new { Id = table.Column() }, constraints: table => table.PrimaryKey(x => x.Id));
                }
            }
            """,
            Adrs.WithRules(
                """
                  - id: migrations-own-only
                    kind: allow-only
                    from: Shop.Migrations.**
                    to: Shop.Migrations.**
                """));
}
