using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// Every form of "A depends on B" (docs/adr-format.md) is found at the reference itself, once; the
/// exclusions are not. Checked through a forbid rule (TL0002): Shop.Domain.** must not use Shop.Infrastructure.**.
/// </summary>
public sealed class DependencyFormTests
{
    private const string Order = "Shop.Domain.Order";

    private static Task Verify(string domainMembers, params (int Markup, string Target)[] expected) =>
        VerifyFile("namespace Shop.Domain { public class Order { " + domainMembers + " } }", expected);

    private static Task VerifyFile(string domainSource, params (int Markup, string Target)[] expected)
    {
        var test = new AnalyzerTest().WithSource(domainSource).WithSource(Corpus.Infrastructure).WithAdr(Adrs.ForbidDomainToInfrastructure());
        foreach (var (markup, target) in expected)
        {
            test.Expect(Diagnostic("TL0002", markup, Adrs.Forbidden(Order, target)));
        }

        return test.RunAsync();
    }

    private static (int, string) Db(int markup = 0) => (markup, "Shop.Infrastructure.Db");

    [Fact]
    public Task Base_type() =>
        VerifyFile("namespace Shop.Domain { public class Order : Shop.Infrastructure.{|#0:Db|} { } }", Db());

    [Fact]
    public Task Implemented_interface() =>
        VerifyFile("using Shop.Infrastructure; namespace Shop.Domain { public class Order : {|#0:IRepo|} { } }", (0, "Shop.Infrastructure.IRepo"));

    [Fact]
    public Task Attribute() =>
        VerifyFile("using Shop.Infrastructure; namespace Shop.Domain { [{|#0:Db|}] public class Order { } }", (0, "Shop.Infrastructure.DbAttribute"));

    [Fact]
    public Task Field_type() => Verify("Shop.Infrastructure.{|#0:Db|} db;", Db());

    [Fact]
    public Task Property_type() => Verify("public Shop.Infrastructure.{|#0:Db|} Db { get; set; }", Db());

    [Fact]
    public Task Event_type() => Verify("public event Shop.Infrastructure.{|#0:DbHandler|} Changed { add { } remove { } }", (0, "Shop.Infrastructure.DbHandler"));

    [Fact]
    public Task Parameter_type() => Verify("void M(Shop.Infrastructure.{|#0:Db|} db) { }", Db());

    [Fact]
    public Task Return_type() => Verify("Shop.Infrastructure.{|#0:Db|} M() => null;", Db());

    [Fact]
    public Task Local_type() => Verify("void M() { Shop.Infrastructure.{|#0:Db|} db = null; _ = db; }", Db());

    [Fact]
    public Task Var_local_is_reported_at_var_with_the_inferred_type() =>
        Verify("void M() { {|#0:var|} db = Shop.Shared.Factory.Create(); _ = db; }", Db());

    [Fact]
    public Task Lambda_parameter_type() => Verify("System.Delegate M() => (Shop.Infrastructure.{|#0:Db|} d) => 0;", Db());

    [Fact]
    public Task Generic_argument() => Verify("System.Collections.Generic.List<Shop.Infrastructure.{|#0:Db|}> items;", Db());

    [Fact]
    public Task Generic_constraint() => Verify("void M<T>() where T : Shop.Infrastructure.{|#0:Db|} { }", Db());

    [Fact]
    public Task Array_element() => Verify("Shop.Infrastructure.{|#0:Db|}[] items;", Db());

    [Fact]
    public Task Pointer_element() => Verify("unsafe void M(Shop.Infrastructure.{|#0:Cell|}* cell) { }", (0, "Shop.Infrastructure.Cell"));

    [Fact]
    public Task Nullable_element() => Verify("Shop.Infrastructure.{|#0:Cell|}? cell;", (0, "Shop.Infrastructure.Cell"));

    [Fact]
    public Task Typeof() => Verify("System.Type t = typeof(Shop.Infrastructure.{|#0:Db|});", Db());

    [Fact]
    public Task Is_type() => Verify("bool M(object o) => o is Shop.Infrastructure.{|#0:Db|};", Db());

    [Fact]
    public Task As_type() => Verify("object M(object o) => o as Shop.Infrastructure.{|#0:Db|};", Db());

    [Fact]
    public Task Cast_type() => Verify("object M(object o) => (Shop.Infrastructure.{|#0:Db|})o;", Db());

    [Fact]
    public Task Pattern_type() =>
        Verify("int M(object o) { switch (o) { case Shop.Infrastructure.{|#0:Db|} d: return 1; default: return o is Shop.Infrastructure.{|#1:DbException|} { Message: null } ? 2 : 0; } }", Db(), (1, "Shop.Infrastructure.DbException"));

    [Fact]
    public Task Object_creation() => Verify("object M() => new Shop.Infrastructure.{|#0:Db|}();", Db());

    [Fact]
    public Task Target_typed_object_creation_is_reported_at_new() => Verify("void M() => Shop.Shared.Factory.Take({|#0:new|}());", Db());

    [Fact]
    public Task Static_member_access_is_one_reference_at_the_type() => Verify("object M() => Shop.Infrastructure.{|#0:Db|}.Open();", Db());

    [Fact]
    public Task Static_field_access() => Verify("int M() => Shop.Infrastructure.{|#0:Db|}.Max;", Db());

    [Fact]
    public Task Instance_method_access_through_a_value_of_unwritten_type() => Verify("void M() => Shop.Shared.Factory.Create().{|#0:Query|}();", Db());

    [Fact]
    public Task Instance_property_and_field_access() =>
        Verify("int M() => Shop.Shared.Factory.Create().{|#0:Size|} + Shop.Shared.Factory.Create().{|#1:Count|};", Db(0), Db(1));

    [Fact]
    public Task Instance_event_access() => Verify("void M() => Shop.Shared.Factory.Create().{|#0:Changed|} += () => { };", Db());

    [Fact]
    public Task Extension_method_is_a_dependency_on_its_static_class() =>
        VerifyFile("using Shop.Infrastructure; namespace Shop.Domain { public class Order { void M() => \"x\".{|#0:Flush|}(); } }", (0, "Shop.Infrastructure.DbExtensions"));

    [Fact]
    public Task Using_static_target() =>
        VerifyFile("using static {|#0:Shop.Infrastructure.DbExtensions|}; namespace Shop.Domain { public class Order { } }", (0, "Shop.Infrastructure.DbExtensions"));

    [Fact]
    public Task Thrown_exception_type() => Verify("void M() => throw new Shop.Infrastructure.{|#0:DbException|}();", (0, "Shop.Infrastructure.DbException"));

    [Fact]
    public Task Caught_exception_type() =>
        Verify("void M() { try { } catch (Shop.Infrastructure.{|#0:DbException|}) { } }", (0, "Shop.Infrastructure.DbException"));

    [Fact]
    public Task Nested_type_reference_names_only_the_nested_type() =>
        Verify("Shop.Infrastructure.Outer.{|#0:Inner|} inner;", (0, "Shop.Infrastructure.Outer.Inner"));

    [Fact]
    public Task Nested_source_type_is_attributed_to_itself() =>
        new AnalyzerTest()
            .WithSource("namespace Shop.Domain { public class Order { class Line : Shop.Infrastructure.{|#0:Db|} { } } }")
            .WithSource(Corpus.Infrastructure)
            .WithAdr(Adrs.ForbidDomainToInfrastructure())
            .Expect(Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order.Line", "Shop.Infrastructure.Db")))
            .RunAsync();

    [Fact]
    public Task Plain_using_directive_is_not_a_dependency() =>
        VerifyFile("using Shop.Infrastructure; using D = Shop.Infrastructure.Db; namespace Shop.Domain { public class Order { } }");

    [Fact]
    public Task Nameof_is_not_a_dependency() =>
        Verify("string A => nameof(Shop.Infrastructure.Db); string B => nameof(Shop.Infrastructure.Db.Open);");

    [Fact]
    public Task Cref_is_not_a_dependency() =>
        Verify("/// <summary>See <see cref=\"Shop.Infrastructure.Db\"/>.</summary>\n public void M() { }");

    [Fact]
    public Task A_type_on_itself_and_its_nested_types_is_not_a_dependency() =>
        VerifyFile("namespace Shop.Domain { public class Order { Order self; Line line; public class Line { Order owner; Line next; } } }");

    [Fact]
    public Task Types_outside_the_from_selector_are_not_checked() =>
        VerifyFile("namespace Shop.Application { public class Handler : Shop.Infrastructure.Db { } }");
}
