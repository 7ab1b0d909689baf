using System.Linq;
using TechLead.Cli.Importing.TestCode;
using Xunit;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// A suite that finds its module assemblies in its output folder (<c>Directory.GetFiles(AppContext.BaseDirectory,
/// "Shop.Modules.*.dll")</c>, less the contracts) and walks them with <c>foreach</c> (ADR-0064): one rule whose selector is
/// the assembly-name glob, where the loop variable is only the assembly; a reason where the body needs one module's name.
/// </summary>
public sealed class AssembliesFoundOnDiskTests
{
    private const string LinqDiscovery = """
        using System;
        using System.IO;
        using System.Linq;
        using System.Reflection;

        namespace Shop.ArchTests;

        internal static class ModuleCatalog
        {
            public static Assembly[] All() => Directory
                .GetFiles(AppContext.BaseDirectory, "Shop.Modules.*.dll")
                .Where(path => !path.EndsWith(".Contracts.dll", StringComparison.OrdinalIgnoreCase))
                .Select(Assembly.LoadFrom)
                .OrderBy(a => a.FullName)
                .ToArray();
        }
        """;

    // The shape of a discovery written as a loop: each file's assembly added to a list inside try/catch.
    private const string LoopDiscovery = """
        using System;
        using System.Collections.Generic;
        using System.IO;
        using System.Linq;
        using System.Reflection;

        namespace Shop.ArchTests;

        internal static class ModuleCatalog
        {
            private static readonly Assembly[] Loaded = Load();

            public static IReadOnlyList<Assembly> All => Loaded;

            private static Assembly[] Load()
            {
                var folder = AppContext.BaseDirectory;
                var files = Directory.EnumerateFiles(folder, "Shop.Modules.*.dll")
                    .Where(f => !Path.GetFileName(f).EndsWith(".Contracts.dll"));
                var found = new List<Assembly>();
                foreach (var file in files)
                {
                    try
                    {
                        var name = AssemblyName.GetAssemblyName(file);
                        found.Add(Assembly.Load(name));
                    }
                    catch (BadImageFormatException)
                    {
                    }
                }

                return found.ToArray();
            }
        }
        """;

    [Fact]
    public void A_loop_over_module_assemblies_found_on_disk_is_one_rule_over_their_glob()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/ModuleCatalog.cs", LinqDiscovery).Write("tests/Shop.ArchTests/ModuleLayerTests.cs", """
            using System.Reflection;
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.ArchTests;

            public sealed class ModuleLayerTests
            {
                private static readonly Assembly[] Modules = ModuleCatalog.All();

                [Fact]
                public void Modules_do_not_use_the_web_host()
                {
                    foreach (var module in Modules)
                    {
                        var result = Types.InAssembly(module).ShouldNot().HaveDependencyOn("Shop.Web").GetResult();
                        Assert.True(result.IsSuccessful, $"{module.GetName().Name} uses the web host");
                    }
                }

                [Fact]
                public void Module_handlers_are_sealed()
                {
                    var result = Types.InAssemblies(Modules).That().HaveNameEndingWith("Handler").Should().BeSealed().GetResult();
                    Assert.True(result.IsSuccessful);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()), d => d.Key.EndsWith("ModuleLayerTests", System.StringComparison.Ordinal));

        Assert.Equal(
            [
                "```techlead\n- id: modules-do-not-use-the-web-host\n  kind: forbid\n  from:\n    assembly: Shop.Modules.*.**\n    except:\n      assembly: \"**.Contracts\"\n  to: [Shop.Web.**]\n```\n",
                "```techlead\n- id: module-handlers-are-sealed\n  kind: modifiers\n  types:\n    name: \"*Handler\"\n    assembly: Shop.Modules.*.**\n    except:\n      assembly: \"**.Contracts\"\n  sealed: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Empty(decision.NotImported);
        Assert.All(decision.Tests, t => Assert.Equal((1, 0), (t.Rules, t.NotImported)));
    }

    [Fact]
    public void A_discovery_loop_that_adds_each_loaded_file_is_read_and_a_body_needing_one_modules_name_says_why_not()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/ModuleCatalog.cs", LoopDiscovery).Write("tests/Shop.ArchTests/ModuleLayerTests.cs", """
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.ArchTests;

            public sealed class ModuleLayerTests
            {
                [Fact]
                public void Module_types_do_not_use_entity_framework()
                {
                    foreach (var module in ModuleCatalog.All)
                    {
                        Assert.True(Types.InAssembly(module).That().ResideInNamespaceContaining(".Domain").ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult().IsSuccessful);
                    }
                }

                [Fact]
                public void Module_domain_does_not_use_its_infrastructure()
                {
                    foreach (var module in ModuleCatalog.All)
                    {
                        var name = module.GetName().Name;
                        Assert.True(Types.InAssembly(module).That().ResideInNamespace($"{name}.Domain").ShouldNot().HaveDependencyOn($"{name}.Infrastructure").GetResult().IsSuccessful);
                    }
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()), d => d.Key.EndsWith("ModuleLayerTests", System.StringComparison.Ordinal));

        Assert.Equal(
            [
                "```techlead\n- id: module-types-do-not-use-entity-framework\n  kind: forbid\n  from:\n    assembly: Shop.Modules.*.**\n    namespace-matches: (?i)\\.Domain\n    except:\n      assembly: \"**.Contracts\"\n  to: [Microsoft.EntityFrameworkCore.**]\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml).ToList());
        Assert.Equal(
            [
                ("tests/Shop.ArchTests/ModuleLayerTests.cs:23", "the loop walks the assemblies found as 'Shop.Modules.*.dll' in the test's output folder, known only when the test runs; it is read as all of them (assembly: Shop.Modules.*.**) only where it is the assembly the types come from, and here it stands for one of them ('$\"{name}.Domain\"'): no TechLead rule repeats a check per assembly with its name"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }

    [Fact]
    public void Files_filtered_by_anything_but_how_their_names_end_stay_known_only_when_the_test_runs()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/ModuleLayerTests.cs", """
            using System;
            using System.IO;
            using System.Linq;
            using System.Reflection;
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.ArchTests;

            public sealed class ModuleLayerTests
            {
                private static readonly Assembly[] Modules = Directory.GetFiles(AppContext.BaseDirectory, "Shop.*.dll")
                    .Where(f => f.Contains("Modules"))
                    .Select(Assembly.LoadFrom)
                    .ToArray();

                [Fact]
                public void Modules_do_not_use_the_web_host()
                {
                    foreach (var module in Modules)
                    {
                        Assert.True(Types.InAssembly(module).ShouldNot().HaveDependencyOn("Shop.Web").GetResult().IsSuccessful);
                    }
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Shop.ArchTests/ModuleLayerTests.cs:22", "the chain is built in a loop over 'Modules', whose elements are known only when the test runs: list them in an array the loop walks"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }

    [Theory]
    [InlineData("Shop.Modules.*.dll", "Shop.Modules.*.**")]
    [InlineData("Shop.*.Api.dll", "Shop.*.**.Api")]
    [InlineData("Shop.Modules.Orders*.dll", "Shop.Modules.Orders*.**")]
    [InlineData("Shop.Domain.DLL", "Shop.Domain")]
    public void A_file_pattern_is_the_glob_of_the_assembly_names_it_finds(string pattern, string glob) =>
        Assert.Equal(glob, AssemblyGlob.FromFilePattern(pattern)?.Include);

    [Theory]
    [InlineData("Shop.*Modules*.dll")]
    [InlineData("Shop.Modules.?.dll")]
    [InlineData("Shop.Modules.*.exe")]
    [InlineData("bin/Shop.*.dll")]
    public void A_file_pattern_no_glob_says_the_same_of_is_not_read(string pattern) =>
        Assert.Null(AssemblyGlob.FromFilePattern(pattern));

    [Fact]
    public void A_dependency_name_starting_with_a_dot_is_not_imported_because_it_matches_nothing()
    {
        using var import = new TestCodeImport().Write("tests/Shop.ArchTests/DomainTests.cs", """
            using NetArchTest.Rules;
            using Xunit;

            namespace Shop.ArchTests;

            public sealed class DomainTests
            {
                [Fact]
                public void Domain_does_not_use_persistence() =>
                    Assert.True(Types.InAssembly(typeof(Shop.Domain.Orders.Order).Assembly).ShouldNot().HaveDependencyOnAny(".Persistence.", "Microsoft.EntityFrameworkCore").GetResult().IsSuccessful);
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Shop.ArchTests/DomainTests.cs:10", "the dependency name '.Persistence.' starts with a dot: NetArchTest matches a dependency's full name from its start, so it matches no type and the test never fails for it; write the namespace (e.g. 'Shop.Modules.Orders.Persistence'), or, if every namespace with that segment is meant, a TechLead rule with '**.Persistence.**'"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }
}
