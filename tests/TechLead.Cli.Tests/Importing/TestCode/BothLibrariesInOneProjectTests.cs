using System.Linq;
using TechLead.Cli.Importing;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// A test project that imports NetArchTest and ArchUnitNET (global usings of both): each class is read by the library
/// whose chains it contains, so no empty decision is written and every test method is counted once.
/// </summary>
public sealed class BothLibrariesInOneProjectTests
{
    private const string NetArchTestClass = """
        namespace Shop.ArchTests.Domain;

        public sealed class DomainTests
        {
            [Fact]
            public void Orders_Are_Sealed() =>
                Assert.True(Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain.Orders").Should().BeSealed().GetResult().IsSuccessful);

            [Fact]
            public void Orders_Do_Not_Use_EntityFramework()
            {
                var result = Types.InCurrentDomain().That().ResideInNamespace("Shop.Domain.Orders")
                    .ShouldNot().HaveDependencyOn("Microsoft.EntityFrameworkCore").GetResult();
                Assert.True(result.IsSuccessful);
            }
        }
        """;

    private const string ArchUnitNetClass = """
        using static ArchUnitNET.Fluent.ArchRuleDefinition;

        namespace Shop.ArchTests.Modules;

        public sealed class ModuleTests
        {
            private static readonly Architecture Architecture = new ArchLoader().LoadAssemblies(typeof(Shop.Domain.Orders.Order).Assembly).Build();

            [Fact]
            public void Order_Types_Do_Not_Use_Billing() =>
                Types().That().ResideInNamespace("Shop.Domain.Orders").Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Domain.Billing")).Check(Architecture);
        }
        """;

    private static TestCodeImport Project() => new TestCodeImport()
        .Write("tests/Shop.ArchTests/Shop.ArchTests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
        .Write("tests/Shop.ArchTests/GlobalUsings.cs", """
            global using ArchUnitNET.Domain;
            global using ArchUnitNET.Fluent;
            global using ArchUnitNET.Loader;
            global using ArchUnitNET.xUnit;
            global using NetArchTest.Rules;
            global using Xunit;
            """)
        .Write("tests/Shop.ArchTests/Domain/DomainTests.cs", NetArchTestClass)
        .Write("tests/Shop.ArchTests/Modules/ModuleTests.cs", ArchUnitNetClass);

    [Fact]
    public void Each_class_is_read_by_the_library_whose_chains_it_contains()
    {
        using var import = Project();

        var netArchTest = import.Run(new NetArchTestImporter());
        var archUnitNet = import.Run(new ArchUnitNetImporter());

        var fromNetArchTest = Assert.Single(netArchTest);
        Assert.Equal("netarchtest:tests/Shop.ArchTests/Domain/DomainTests.cs#DomainTests", fromNetArchTest.Key);
        Assert.Equal(["orders-are-sealed", "orders-do-not-use-entity-framework"], fromNetArchTest.Rules.Select(r => r.Id));
        var fromArchUnitNet = Assert.Single(archUnitNet);
        Assert.Equal("archunitnet:tests/Shop.ArchTests/Modules/ModuleTests.cs#ModuleTests", fromArchUnitNet.Key);
        Assert.Equal("order-types-do-not-use-billing", Assert.Single(fromArchUnitNet.Rules).Id);
    }

    [Fact]
    public void Every_test_method_is_counted_once()
    {
        using var import = Project();

        var tests = import.Run(new NetArchTestImporter()).Concat(import.Run(new ArchUnitNetImporter())).SelectMany(d => d.Tests).ToList();

        Assert.Equal(
            ["Orders_Are_Sealed", "Orders_Do_Not_Use_EntityFramework", "Order_Types_Do_Not_Use_Billing"],
            tests.Select(t => t.Name));
        Assert.All(tests, t => Assert.Equal((1, 0), (t.Rules, t.NotImported)));
    }

    [Fact]
    public void A_class_with_chains_of_neither_library_is_listed_once_under_the_library_its_file_names()
    {
        const string Helpers = """
            using ArchUnitNET.Fluent;

            namespace Shop.ArchTests;

            public sealed class PendingTests
            {
                [Fact]
                public void Handlers_Are_Sealed() => RuleLibrary.HandlersAreSealed.Check(Architecture);
            }
            """;
        using var import = Project().Write("tests/Shop.ArchTests/PendingTests.cs", Helpers);

        var netArchTest = import.Run(new NetArchTestImporter());
        var archUnitNet = import.Run(new ArchUnitNetImporter());

        Assert.DoesNotContain(netArchTest, d => d.Key.EndsWith("#PendingTests", System.StringComparison.Ordinal));
        var pending = Assert.Single(archUnitNet, d => d.Key.EndsWith("#PendingTests", System.StringComparison.Ordinal));
        Assert.Equal("Handlers_Are_Sealed", Assert.Single(pending.Tests).Name);
    }
}
