using System.Linq;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

/// <summary>
/// The Program the compiler synthesizes for top-level statements counts as &lt;assembly&gt;.Program in both engines:
/// compiled assemblies do not record the root namespace, so the assembly name stands in for it.
/// </summary>
public sealed class TopLevelProgramTests
{
    private const string MinimalApi = """
        System.Console.WriteLine(new Acme.Infrastructure.InMemoryStore());
        System.Func<object> later = () => new Acme.Infrastructure.InMemoryStore();

        public partial class Program { }

        namespace Acme.Infrastructure { public sealed class InMemoryStore { } }
        """;

    private const string UserProgram = """
        public static class Program
        {
            public static void Main() => System.Console.WriteLine(new Acme.Infrastructure.InMemoryStore());
        }

        namespace Acme.Infrastructure { public sealed class InMemoryStore { } }
        """;

    private static AssemblySet Api => Corpus.ExecutableOf("Acme.Api", MinimalApi);

    private static IEngineAdapter[] Engines => [ArchUnitAdapter.Instance, NetArchTestAdapter.Instance];

    [Fact]
    public void Both_engines_name_the_top_level_Program_after_its_assembly_in_messages_and_baseline_keys()
    {
        var rule = Adrs.Rule("- { id: api-no-infra, kind: forbid, from: Acme.Api.**, to: Acme.Infrastructure.** }");

        foreach (var engine in Engines)
        {
            var violation = Assert.Single(engine.Evaluate(rule, Api).Violations);
            Assert.Equal("[ADR-0007] 'Acme.Api.Program' must not depend on 'Acme.Infrastructure.InMemoryStore' (rule api-no-infra: Test decision)", violation.Message);
            Assert.Equal(("T:Acme.Api.Program", "T:Acme.Infrastructure.InMemoryStore"), (violation.BaselineFrom, violation.BaselineTo));
        }
    }

    [Fact]
    public void Top_level_statements_without_a_partial_Program_are_checked_although_the_compiler_marks_the_class_generated()
    {
        var rule = Adrs.Rule("- { id: api-no-infra, kind: forbid, from: Acme.Api.**, to: Acme.Infrastructure.** }");
        var assemblies = Corpus.ExecutableOf("Acme.Api", "var store = new Acme.Infrastructure.InMemoryStore(); System.Console.WriteLine(store);\nnamespace Acme.Infrastructure { public sealed class InMemoryStore { } }");

        foreach (var engine in Engines)
        {
            Assert.Equal("T:Acme.Api.Program", Assert.Single(engine.Evaluate(rule, assemblies).Violations).BaselineFrom);
        }
    }

    [Fact]
    public void A_Program_class_the_user_declares_stays_in_the_global_namespace()
    {
        var rule = Adrs.Rule("- { id: api-no-infra, kind: forbid, from: Acme.Api.**, to: Acme.Infrastructure.** }");
        var global = Adrs.Rule("- { id: global-no-infra, kind: forbid, from: Program, to: Acme.Infrastructure.** }");
        var assemblies = Corpus.ExecutableOf("Acme.Api", UserProgram);

        foreach (var engine in Engines)
        {
            Assert.Empty(engine.Evaluate(rule, assemblies).Violations);
            Assert.Equal("T:Program", Assert.Single(engine.Evaluate(global, assemblies).Violations).BaselineFrom);
        }
    }

    [Fact]
    public void Type_level_rules_skip_the_top_level_Program()
    {
        var rule = Adrs.Rule("- { id: api-shape, kind: modifiers, types: Acme.Api.**, sealed: true, visibility: internal }");

        foreach (var engine in Engines)
        {
            Assert.Empty(engine.Evaluate(rule, Api).Violations);
        }
    }

    [Fact]
    public void Allow_only_counts_the_top_level_Program_as_itself()
    {
        var rule = Adrs.Rule("- { id: api-allow-list, kind: allow-only, from: Acme.Api.**, to: Acme.Infrastructure.** }");

        foreach (var engine in Engines)
        {
            Assert.Empty(engine.Evaluate(rule, Api).Violations.Select(v => v.Message));
        }
    }
}
