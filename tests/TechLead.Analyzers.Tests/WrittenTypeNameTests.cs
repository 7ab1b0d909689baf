using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// The type-name action binds only names that can stand for a type a rule may flag (rules/0016): a type of that name
/// under a rule's target prefixes in a referenced project, any type declared in the project, or an alias. Every way
/// of writing such a type under the name the filter sees is still found, with the flagged type in a referenced project
/// (where the project's own type names do not help).
/// </summary>
public sealed class WrittenTypeNameTests
{
    private const string Infrastructure = """
        namespace Shop.Infrastructure
        {
            public class Db { }
            public class Repo<T> { }
            public class Outer { public class Inner { } }
            public sealed class AuditAttribute : System.Attribute { }
        }
        """;

    private static string Forbidden(string target) => Adrs.Forbidden("Shop.Domain.Order", target);

    [Fact]
    public Task Simple_generic_nested_and_attribute_names_of_a_referenced_project_are_found() =>
        Referencing(
            """
            using Shop.Infrastructure;
            namespace Shop.Domain
            {
                [{|#0:Audit|}]
                public class Order
                {
                    {|#1:Db|} db;
                    {|#2:Repo<int>|} repo;
                    Outer.{|#3:Inner|} inner;
                }
            }
            """)
            .WithAdr(Adrs.ForbidDomainToInfrastructure())
            .Expect(
                Diagnostic("TL0002", 0, Forbidden("Shop.Infrastructure.AuditAttribute")),
                Diagnostic("TL0002", 1, Forbidden("Shop.Infrastructure.Db")),
                Diagnostic("TL0002", 2, Forbidden("Shop.Infrastructure.Repo`1")),
                Diagnostic("TL0002", 3, Forbidden("Shop.Infrastructure.Outer.Inner")))
            .RunAsync();

    [Fact]
    public Task A_type_written_under_an_alias_is_found_whether_the_alias_is_the_files_its_namespaces_or_global() =>
        Referencing(
            """
            using Store = Shop.Infrastructure.Db;
            namespace Shop.Domain
            {
                using Keep = Shop.Infrastructure.Outer;
                public class Order
                {
                    {|#0:Store|} store;
                    {|#1:Keep|} keep;
                    {|#2:Vault|} vault;
                }
            }
            """,
            "global using Vault = Shop.Infrastructure.Repo<int>;")
            .WithAdr(Adrs.ForbidDomainToInfrastructure())
            .Expect(
                Diagnostic("TL0002", 0, Forbidden("Shop.Infrastructure.Db")),
                Diagnostic("TL0002", 1, Forbidden("Shop.Infrastructure.Outer")),
                Diagnostic("TL0002", 2, Forbidden("Shop.Infrastructure.Repo`1")))
            .RunAsync();

    [Fact]
    public Task Keywords_and_native_integers_are_found_as_the_types_they_stand_for() =>
        Referencing(
            """
            namespace Shop.Domain
            {
                public class Order
                {
                    {|#0:string|} name;
                    {|#1:nint|} handle;
                    int count;
                }
            }
            """)
            .WithAdr(Adrs.WithRules(
                """
                  - id: no-raw
                    kind: banned-api
                    apis:
                      - symbol: T:System.String
                      - symbol: T:System.IntPtr
                """))
            .Expect(
                Diagnostic("TL0101", 0, $"[ADR-0007] 'T:System.String' is banned (rule no-raw: {Adrs.Title})"),
                Diagnostic("TL0101", 1, $"[ADR-0007] 'T:System.IntPtr' is banned (rule no-raw: {Adrs.Title})"))
            .RunAsync();

    [Fact]
    public Task A_ban_on_a_type_covers_its_nested_types_written_by_their_own_name() =>
        Referencing(
            """
            using Shop.Infrastructure;
            namespace Shop.Domain
            {
                public class Order
                {
                    Outer.{|#0:Inner|} inner;
                    Db db;
                }
            }
            """)
            .WithAdr(Adrs.WithRules(
                """
                  - id: no-outer
                    kind: banned-api
                    apis:
                      - symbol: T:Shop.Infrastructure.Outer
                """))
            .Expect(Diagnostic("TL0101", 0, $"[ADR-0007] 'T:Shop.Infrastructure.Outer' is banned (rule no-outer: {Adrs.Title})"))
            .RunAsync();

    /// <summary>A Domain project (the sources) referencing an Infrastructure project that declares the flagged types.</summary>
    private static AnalyzerTest Referencing(params string[] sources)
    {
        var test = new AnalyzerTest();
        foreach (var source in sources)
        {
            test.WithSource(source);
        }

        var infrastructure = new ProjectState("Infrastructure", "C#", "/Infrastructure/Test", "cs") { ReferenceAssemblies = LocalReferences.None };
        infrastructure.Sources.Add(Infrastructure);
        infrastructure.AdditionalReferences.AddRange(LocalReferences.All);
        test.TestState.AdditionalProjects.Add("Infrastructure", infrastructure);
        test.TestState.AdditionalProjectReferences.Add("Infrastructure");
        return test;
    }
}
