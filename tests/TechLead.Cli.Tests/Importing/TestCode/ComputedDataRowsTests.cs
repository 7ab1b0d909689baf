using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// Rows supplied by code ([ClassData], [MemberData], TheoryData) and lists computed from data the suite declares
/// (a dictionary of modules and LINQ over it) are read without running the tests: each row becomes a rule, as an
/// [InlineData] row does; rows built from anything else still say the test parameter is known only at run time.
/// </summary>
public sealed class ComputedDataRowsTests
{
    [Fact]
    public void Class_data_and_member_data_rows_each_become_a_rule()
    {
        using var import = new TestCodeImport().Write("tests/Arch/Modules.cs", """
            using System.Collections;
            using System.Collections.Generic;
            using Xunit;

            namespace Shop.Tests;

            public sealed class ModuleNames : IEnumerable<object[]>
            {
                public IEnumerator<object[]> GetEnumerator()
                {
                    yield return new object[] { "Shop.Ordering" };
                    yield return new object[] { "Shop.Billing" };
                }

                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public sealed class LayerPairs : TheoryData<string, string>
            {
                public LayerPairs()
                {
                    Add("Shop.Domain", "Shop.Web");
                    Add("Shop.Application", "Shop.Web");
                }
            }
            """).Write("tests/Arch/ModuleTests.cs", """
            using System.Collections.Generic;
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public sealed class ModuleTests
            {
                private static readonly Architecture Architecture = null!;

                public static TheoryData<string> Adapters => new() { "Shop.Web", "Shop.Data" };

                [Theory]
                [ClassData(typeof(ModuleNames))]
                public void Module_Domain_Does_Not_Use_Its_Infrastructure(string module) =>
                    Types().That().ResideInNamespace($"{module}.Domain")
                        .Should().NotDependOnAny(Types().That().ResideInNamespace($"{module}.Infrastructure")).Check(Architecture);

                [Theory]
                [ClassData(typeof(LayerPairs))]
                public void Inner_Layer_Does_Not_Use_Outer(string inner, string outer) =>
                    Types().That().ResideInNamespace(inner).Should().NotDependOnAny(Types().That().ResideInNamespace(outer)).Check(Architecture);

                [Theory]
                [MemberData(nameof(Adapters))]
                public void Adapters_Are_Not_Used_By_The_Domain(string adapter) =>
                    Types().That().ResideInNamespace("Shop.Domain").Should().NotDependOnAny(Types().That().ResideInNamespace(adapter)).Check(Architecture);
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()), d => d.Rules.Count > 0);

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: module-domain-does-not-use-its-infrastructure\n  kind: forbid\n  from:\n    namespace: Shop.Ordering.Domain\n  to:\n    namespace: Shop.Ordering.Infrastructure\n```\n",
                "```techlead\n- id: module-domain-does-not-use-its-infrastructure-2\n  kind: forbid\n  from:\n    namespace: Shop.Billing.Domain\n  to:\n    namespace: Shop.Billing.Infrastructure\n```\n",
                "```techlead\n- id: inner-layer-does-not-use-outer\n  kind: forbid\n  from:\n    - namespace: Shop.Domain\n    - namespace: Shop.Application\n  to:\n    namespace: Shop.Web\n```\n",
                "```techlead\n- id: adapters-are-not-used-by-the-domain\n  kind: forbid\n  from:\n    namespace: Shop.Domain\n  to:\n    - namespace: Shop.Web\n    - namespace: Shop.Data\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }

    [Fact]
    public void Lists_computed_from_a_module_dictionary_are_followed_and_rows_read_from_files_are_named_as_run_time()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ModuleMap.cs", """
            using System.Collections;
            using System.Collections.Generic;
            using System.IO;
            using System.Linq;
            using System.Text.RegularExpressions;

            namespace Shop.Tests;

            public sealed class ModuleMap : IEnumerable<object[]>
            {
                private static readonly Dictionary<string, string[]> Modules = new()
                {
                    { "Shop.Ordering", new[] { "Shop.Ordering.Domain", "Shop.Ordering.Application", "Shop.Ordering.Infrastructure" } },
                    { "Shop.Billing", new[] { "Shop.Billing.Domain", "Shop.Billing.Infrastructure" } },
                };

                public string[] DomainOf(string module)
                {
                    var pattern = $"{module}.Domain*";
                    return Modules[module].Where(ns => Regex.IsMatch(ns, pattern)).ToArray();
                }

                public string[] Others(string module) => Modules.Where(m => m.Key != module).SelectMany(m => m.Value).ToArray();

                public string DomainAssemblyOf(string module) => Modules[module].Single(n => n.EndsWith(".Domain"));

                public IEnumerator<object[]> GetEnumerator() => Modules.Select(m => new object[] { m.Key }).GetEnumerator();

                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }

            public sealed class FoundModules : IEnumerable<object[]>
            {
                public IEnumerator<object[]> GetEnumerator() => Directory.GetDirectories("src").Select(d => new object[] { d }).GetEnumerator();

                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """).Write("tests/Arch/IsolationTests.cs", """
            using System.Reflection;
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.Tests;

            public sealed class IsolationTests
            {
                private static readonly ModuleMap Map = new();

                [Theory]
                [ClassData(typeof(ModuleMap))]
                public void Module_Domain_Does_Not_Use_Other_Modules(string module)
                {
                    foreach (var domain in Map.DomainOf(module))
                    {
                        var result = Types.InNamespace(domain).ShouldNot().HaveDependencyOnAny(Map.Others(module)).GetResult();
                        Assert.True(result.IsSuccessful);
                    }
                }

                [Theory]
                [ClassData(typeof(ModuleMap))]
                public void Module_Domain_Events_Are_Sealed(string module)
                {
                    var result = Types.InAssembly(Assembly.Load(Map.DomainAssemblyOf(module))).That().HaveNameEndingWith("Event").Should().BeSealed().GetResult();
                    Assert.True(result.IsSuccessful);
                }

                [Theory]
                [ClassData(typeof(FoundModules))]
                public void Found_Module_Is_Not_Used_By_The_Domain(string module)
                {
                    var result = Types.InNamespace("Shop.Domain").ShouldNot().HaveDependencyOn(module).GetResult();
                    Assert.True(result.IsSuccessful);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()), d => d.Rules.Count > 0);

        Assert.Equal(
            [
                "```techlead\n- id: module-domain-does-not-use-other-modules\n  kind: forbid\n  from:\n    namespace: Shop.Ordering.Domain*.**\n  to: [Shop.Billing.Domain.**, Shop.Billing.Infrastructure.**]\n```\n",
                "```techlead\n- id: module-domain-does-not-use-other-modules-2\n  kind: forbid\n  from:\n    namespace: Shop.Billing.Domain*.**\n  to: [Shop.Ordering.Domain.**, Shop.Ordering.Application.**, Shop.Ordering.Infrastructure.**]\n```\n",
                "```techlead\n- id: module-domain-events-are-sealed\n  kind: modifiers\n  types:\n    - name: \"*Event\"\n      assembly: Shop.Ordering.Domain\n    - name: \"*Event\"\n      assembly: Shop.Billing.Domain\n  sealed: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(
            ("tests/Arch/IsolationTests.cs:34", "the argument of 'HaveDependencyOn' ('module') uses 'module', a parameter of the test method whose values the test framework passes when the test runs ([InlineData], [MemberData], [ClassData]): write the values in an array the test walks with foreach"),
            (item.Location, item.Reason));
    }
    [Fact]
    public void Module_names_left_out_of_a_class_data_list_become_full_name_patterns_of_the_older_string_overload_through_a_using_static_helper()
    {
        using var import = new TestCodeImport().Write("tests/Arch/ModuleList.cs", """
            using System.Collections;
            using System.Collections.Generic;
            using System.Linq;

            namespace Shop.Tests;

            public sealed class ModuleList : IEnumerable<object[]>
            {
                private readonly IEnumerable<string[]> modules = new[] { new[] { "Shop.Ordering" }, new[] { "Shop.Billing" } };

                public string[] Except(string module) => modules.SelectMany(m => m).Except(new[] { module }).ToArray();

                public IEnumerator<object[]> GetEnumerator() => modules.GetEnumerator();

                IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """).Write("tests/Arch/ModuleTests.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.xUnit;
            using Xunit;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;
            using static Shop.Tests.Layers;

            namespace Shop.Tests;

            public sealed class ModuleTests
            {
                private static readonly Architecture Architecture = null!;

                private static readonly ModuleList Modules = new();

                [Theory]
                [ClassData(typeof(ModuleList))]
                public void Module_Domain_Does_Not_Use_Other_Modules(string module) =>
                    Types().That().Are(DomainOf(module)).Should().NotDependOnAny(Modules.Except(module), true).Check(Architecture);
            }
            """).Write("tests/Arch/Layers.cs", """
            using ArchUnitNET.Domain;
            using ArchUnitNET.Fluent;
            using static ArchUnitNET.Fluent.ArchRuleDefinition;

            namespace Shop.Tests;

            public static class Layers
            {
                public static IObjectProvider<IType> DomainOf(string module) => Types().That().ResideInNamespace($"{module}.Domain");
            }
            """);

        var decision = Assert.Single(import.Run(new ArchUnitNetImporter()), d => d.Rules.Count > 0);

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: module-domain-does-not-use-other-modules\n  kind: forbid\n  from:\n    namespace: Shop.Ordering.Domain\n  to:\n    full-name-matches: Shop.Billing\n```\n",
                "```techlead\n- id: module-domain-does-not-use-other-modules-2\n  kind: forbid\n  from:\n    namespace: Shop.Billing.Domain\n  to:\n    full-name-matches: Shop.Ordering\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
    }
}
