using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>The Program the compiler synthesizes for top-level statements counts as $(RootNamespace).Program.</summary>
public sealed class TopLevelProgramTests
{
    private const string MinimalApi = """
        System.Console.WriteLine(new Acme.Infrastructure.{|#0:InMemoryStore|}());

        namespace Acme.Infrastructure { public sealed class InMemoryStore { } }
        """;

    private static string ApiNoInfrastructure(string from = "Acme.Api.**") => Adrs.WithRules(
        $"""
          - id: api-no-infra
            kind: forbid
            from: {from}
            to: Acme.Infrastructure.**
        """);

    private static string Message(string program) =>
        $"[ADR-0007] '{program}' must not depend on 'Acme.Infrastructure.InMemoryStore' (rule api-no-infra: {Adrs.Title})";

    private static AnalyzerTest Program(string source, string adr)
    {
        var test = new AnalyzerTest().WithSource(source).WithAdr(adr);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        return test;
    }

    [Fact]
    public Task Top_level_statements_belong_to_the_root_namespace() =>
        Program(MinimalApi, ApiNoInfrastructure())
            .WithGlobalConfig("build_property.RootNamespace = Acme.Api\n")
            .Expect(Diagnostic("TL0002", 0, Message("Acme.Api.Program")))
            .RunAsync();

    [Fact]
    public Task Without_a_root_namespace_the_assembly_name_is_used() =>
        Program(MinimalApi, ApiNoInfrastructure(from: "TestProject.**"))
            .Expect(Diagnostic("TL0002", 0, Message("TestProject.Program")))
            .RunAsync();

    [Fact]
    public Task A_partial_Program_added_for_test_hosts_is_the_same_type() =>
        Program(MinimalApi + "\npublic partial class Program { }\n", ApiNoInfrastructure())
            .WithGlobalConfig("build_property.RootNamespace = Acme.Api\n")
            .Expect(Diagnostic("TL0002", 0, Message("Acme.Api.Program")))
            .RunAsync();

    [Fact]
    public Task A_Program_class_the_user_declares_stays_in_the_global_namespace() =>
        Program(
            "public static class Program { public static void Main() => System.Console.WriteLine(new Acme.Infrastructure.InMemoryStore()); }\nnamespace Acme.Infrastructure { public sealed class InMemoryStore { } }",
            ApiNoInfrastructure())
            .WithGlobalConfig("build_property.RootNamespace = Acme.Api\n")
            .RunAsync();

    [Fact]
    public Task Type_level_rules_skip_the_synthesized_Program() =>
        Program(
            MinimalApi.Replace("{|#0:InMemoryStore|}", "InMemoryStore", System.StringComparison.Ordinal) + "\npublic partial class Program { }\n",
            Adrs.WithRules("  - id: api-shape\n    kind: modifiers\n    types: Acme.Api.**\n    sealed: true\n    visibility: internal\n  - id: api-naming\n    kind: naming\n    types: Acme.Api.**\n    pattern: '^Api'"))
            .WithGlobalConfig("build_property.RootNamespace = Acme.Api\n")
            .RunAsync();

    [Fact]
    public async Task The_baseline_key_uses_the_same_name_as_the_message()
    {
        var source = MinimalApi.Replace("{|#0:InMemoryStore|}", "InMemoryStore", System.StringComparison.Ordinal);
        var (diagnostics, exceptions) = await DirectRun.RunAsync(
            source,
            [(Adrs.DefaultPath, ApiNoInfrastructure())],
            new Dictionary<string, string> { ["build_property.RootNamespace"] = "Acme.Api" },
            OutputKind.ConsoleApplication);

        Assert.Empty(exceptions);
        var violation = diagnostics.Single(d => d.Id == "TL0002");
        Assert.Equal(Message("Acme.Api.Program"), violation.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(("T:Acme.Api.Program", "T:Acme.Infrastructure.InMemoryStore"), (violation.Properties["baselineFrom"], violation.Properties["baselineTo"]));
    }

    [Fact]
    public async Task Members_of_the_top_level_Program_carry_its_namespace_in_baseline_keys()
    {
        const string source = "System.Console.WriteLine(Program.FindBuyer());\n\npublic partial class Program { internal static int FindBuyer() => 0; }\n";
        var vocabulary = Adrs.WithRules("  - id: say-customer\n    kind: vocabulary\n    terms:\n      - { use: Customer, instead-of: [Buyer] }");

        var (diagnostics, _) = await DirectRun.RunAsync(
            source, [(Adrs.DefaultPath, vocabulary)], new Dictionary<string, string> { ["build_property.RootNamespace"] = "Acme.Api" }, OutputKind.ConsoleApplication);

        Assert.Equal("M:Acme.Api.Program.FindBuyer", diagnostics.Single(d => d.Id == "TL0206").Properties["baselineFrom"]);
    }

    [Fact]
    public Task A_baseline_entry_for_the_top_level_Program_that_matches_nothing_is_stale()
    {
        const string BaselinePath = "/repo/techlead.baseline.json";
        var test = Program("System.Console.WriteLine(1);\n\nnamespace Acme.Infrastructure { public sealed class InMemoryStore { } }", ApiNoInfrastructure())
            .WithGlobalConfig("build_property.RootNamespace = Acme.Api\n");
        test.TestState.AdditionalFiles.Add((BaselinePath, "{ \"version\": 1, \"entries\": [\n  {|#1:{ \"adr\": \"ADR-0007\", \"rule\": \"api-no-infra\", \"from\": \"T:Acme.Api.Program\", \"to\": \"T:Acme.Infrastructure.InMemoryStore\", \"count\": 1|} }\n] }\n"));
        return test
            .Expect(new DiagnosticResult("TL9004", DiagnosticSeverity.Warning).WithLocation(1)
                .WithMessage("baseline entry ADR-0007/api-no-infra 'T:Acme.Api.Program' -> 'T:Acme.Infrastructure.InMemoryStore' (count 1) no longer matches any violation: remove it or run 'techlead baseline update'"))
            .RunAsync();
    }
}
