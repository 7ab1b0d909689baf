using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>A reference into a referenced project is checked in the referencing compilation (the target is a metadata symbol).</summary>
public sealed class CrossProjectTests
{
    [Fact]
    public Task Reference_to_a_type_of_a_referenced_project_is_checked_in_the_referencing_project()
    {
        var test = new AnalyzerTest()
            .WithSource("namespace Shop.Domain { public class Order : Shop.Infrastructure.{|#0:Db|} { void M() => Shop.Infrastructure.{|#2:Db|}.{|#1:Open|}(); } }")
            .WithAdr(Adrs.WithRules(
                """
                  - id: domain-no-infra
                    kind: forbid
                    from: Shop.Domain.**
                    to: { namespace: Shop.Infrastructure, assembly: Infrastructure }
                  - id: no-open
                    kind: banned-api
                    apis:
                      - symbol: M:Shop.Infrastructure.Db.Open
                """));
        var infrastructure = new ProjectState("Infrastructure", "C#", "/Infrastructure/Test", "cs") { ReferenceAssemblies = LocalReferences.None };
        infrastructure.Sources.Add("namespace Shop.Infrastructure { public class Db { public static void Open() { } } }");
        infrastructure.AdditionalReferences.AddRange(LocalReferences.All);
        test.TestState.AdditionalProjects.Add("Infrastructure", infrastructure);
        test.TestState.AdditionalProjectReferences.Add("Infrastructure");
        test.Expect(
            Diagnostic("TL0002", 0, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db")),
            Diagnostic("TL0002", 2, Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db")),
            Diagnostic("TL0101", 1, $"[ADR-0007] 'M:Shop.Infrastructure.Db.Open' is banned (rule no-open: {Adrs.Title})"));
        return test.RunAsync();
    }
}
