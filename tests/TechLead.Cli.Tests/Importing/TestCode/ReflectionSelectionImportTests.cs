using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0067: types a suite selects with reflection (<c>assembly.GetTypes()</c> and <c>Where(t =&gt; ...)</c>) and checks in
/// C# become one rule whose selector says the filters with the same meaning; a filter no selector says is listed with
/// the exact predicate.
/// </summary>
public sealed class ReflectionSelectionImportTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Reflection;
        using NetArchTest.Rules;
        using Shouldly;
        using Xunit;
        using Billing.Domain;

        namespace Billing.Tests;

        """;

    private const string Domain = """
        namespace Billing.Domain
        {
            public interface IInvoiceEvent { }
            public abstract class Ledger { }
            public sealed record InvoiceIssued : IInvoiceEvent;
            public class InvoiceLedger : Ledger { }
        }
        """;

    [Fact]
    public void Where_filters_become_the_selector_of_the_check()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Billing.cs", Domain)
            .Write("tests/Arch/BillingShapeTests.cs", Header + """
                public sealed class BillingShapeTests
                {
                    private static readonly Assembly BillingAssembly = typeof(Ledger).Assembly;

                    [Fact]
                    public void Invoice_Events_Are_Sealed_Or_Records()
                    {
                        var failures = new List<string>();
                        var events = BillingAssembly.GetTypes()
                            .Where(t => t.IsClass && !t.IsAbstract)
                            .Where(t => typeof(IInvoiceEvent).IsAssignableFrom(t));
                        foreach (var invoiceEvent in events)
                        {
                            bool isRecord = invoiceEvent.GetProperty("EqualityContract", BindingFlags.NonPublic | BindingFlags.Instance) != null;
                            if (!invoiceEvent.IsSealed && !isRecord)
                            {
                                failures.Add($"{invoiceEvent.FullName} is neither sealed nor a record");
                            }
                        }

                        failures.ShouldBeEmpty();
                    }

                    [Fact]
                    public void Endpoints_Are_Static_Classes()
                    {
                        var failures = new List<string>();
                        foreach (var endpoint in BillingAssembly.GetTypes().Where(t => t.Name.EndsWith("Endpoint", StringComparison.Ordinal)).Where(t => t.IsClass))
                        {
                            if (!endpoint.IsAbstract || !endpoint.IsSealed)
                            {
                                failures.Add(endpoint.Name);
                            }
                        }

                        Assert.Empty(failures);
                    }

                    [Fact]
                    public void Billing_Events_Implement_The_Marker()
                    {
                        var failures = new List<string>();
                        var events = BillingAssembly.GetTypes()
                            .Where(t => t.IsClass && !t.IsAbstract)
                            .Where(t => t.Name.EndsWith("Issued", StringComparison.Ordinal) || t.Name.EndsWith("Event") && t.Namespace?.StartsWith("Billing.Domain", StringComparison.Ordinal) == true);
                        foreach (var candidate in events)
                        {
                            if (!typeof(IInvoiceEvent).IsAssignableFrom(candidate))
                            {
                                failures.Add(candidate.FullName!);
                            }
                        }

                        failures.ShouldBeEmpty();
                    }

                    [Fact]
                    public void Contracts_Hold_No_Concrete_Repositories()
                    {
                        var repositories = BillingAssembly.GetTypes()
                            .Where(t => t.Name.Contains("Repository", StringComparison.OrdinalIgnoreCase) && !t.IsInterface)
                            .ToArray();

                        repositories.ShouldBeEmpty();
                    }

                    [Fact]
                    public void Endpoints_Are_Named_By_Their_Action()
                    {
                        var failures = new List<string>();
                        foreach (var endpoint in BillingAssembly.GetTypes().Where(t => t.IsClass && t.Name.EndsWith("Endpoint")))
                        {
                            string name = endpoint.Name;
                            bool hasVerb = name.StartsWith("Get", StringComparison.Ordinal)
                                || name.StartsWith("Issue", StringComparison.Ordinal)
                                || name.StartsWith("Void", StringComparison.Ordinal);
                            if (!hasVerb)
                            {
                                failures.Add($"{endpoint.FullName} does not start with an action");
                            }
                        }

                        failures.ShouldBeEmpty();
                    }

                    [Fact]
                    public void Ledgers_Are_Sealed()
                    {
                        var open = BillingAssembly.GetTypes()
                            .Where(t => !t.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute), false))
                            .Where(t => t.IsSubclassOf(typeof(Ledger)) && !t.Name.Contains("<") && t != typeof(InvoiceLedger))
                            .Where(t => !t.IsSealed);
                        Assert.Empty(open);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                // IsClass: every type but interfaces, structs and enums; !IsAbstract: neither abstract nor static (IL flags);
                // the interface itself, assignable to itself, is no class; the records pass the test, so are not checked.
                "```techlead\n- id: invoice-events-are-sealed-or-records\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    implements: Billing.Domain.IInvoiceEvent\n    abstract: false\n    static: false\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n      - kind: record\n  sealed: true\n```\n",
                "```techlead\n- id: endpoints-are-static-classes\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    name-matches: Endpoint$\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  static: true\n```\n",
                "```techlead\n- id: billing-events-implement-the-marker\n  kind: must-implement\n  types:\n    - assembly: Acme.Shop.Domain\n      abstract: false\n      static: false\n      name-matches: Issued$\n      except:\n        - kind: interface\n        - kind: struct\n        - kind: enum\n        - full-name-matches: ^Billing\\.Domain\\.IInvoiceEvent$\n    - assembly: Acme.Shop.Domain\n      abstract: false\n      static: false\n      name-matches: Event$\n      namespace-matches: ^Billing\\.Domain\n      except:\n        - kind: interface\n        - kind: struct\n        - kind: enum\n        - full-name-matches: ^Billing\\.Domain\\.IInvoiceEvent$\n  type: Billing.Domain.IInvoiceEvent\n```\n",
                "```techlead\n- id: contracts-hold-no-concrete-repositories\n  kind: naming\n  types:\n    assembly: Acme.Shop.Domain\n    except:\n      kind: interface\n  pattern: (?i)^(?!.*Repository)\n```\n",
                "```techlead\n- id: endpoints-are-named-by-their-action\n  kind: naming\n  types:\n    assembly: Acme.Shop.Domain\n    name-matches: Endpoint$\n    except:\n      - kind: interface\n      - kind: struct\n      - kind: enum\n  pattern: ^(?:Get|Issue|Void)\n```\n",
                "```techlead\n- id: ledgers-are-sealed\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    inherits: Billing.Domain.Ledger\n    except:\n      full-name-matches: ^Billing\\.Domain\\.InvoiceLedger$\n  sealed: true\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void A_reflection_suite_file_without_the_library_is_read_with_its_project_and_a_unit_test_is_not()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Billing.cs", Domain)
            .Write("tests/Arch/Arch.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />")
            .Write("tests/Arch/LayerTests.cs", Header + """
                public sealed class LayerTests
                {
                    [Fact]
                    public void Billing_Does_Not_Use_Xml() =>
                        Assert.True(Types.InAssembly(typeof(Ledger).Assembly).ShouldNot().HaveDependencyOn("System.Xml").GetResult().IsSuccessful);
                }
                """)
            .Write("tests/Arch/LedgerShapeTests.cs", """
                using System.IO;
                using System.Linq;
                using Billing.Domain;
                using Xunit;

                namespace Billing.Tests;

                public sealed class LedgerShapeTests
                {
                    [Fact]
                    public void Ledgers_Are_Sealed() =>
                        Assert.Empty(typeof(Ledger).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Ledger)) && !t.IsSealed));

                    [Fact]
                    public void No_Project_References_Another_Module() =>
                        Assert.Empty(Directory.GetFiles("src", "*.csproj").Where(p => File.ReadAllText(p).Contains("Modules.")));
                }
                """)
            .Write("tests/Arch/MoneyTests.cs", """
                using Xunit;

                namespace Billing.Tests;

                public sealed class MoneyTests
                {
                    [Fact]
                    public void Rounds_to_cents() => Assert.Equal(1.24m, decimal.Round(1.235m, 2));
                }
                """);

        var decisions = import.Run(new NetArchTestImporter());

        Assert.Equal(["tests/Arch/LayerTests.cs", "tests/Arch/LedgerShapeTests.cs"], decisions.Select(d => d.SourcePath).OrderBy(p => p, System.StringComparer.Ordinal));
        var shapes = Assert.Single(decisions, d => d.SourcePath == "tests/Arch/LedgerShapeTests.cs");
        Assert.Equal(
            ["```techlead\n- id: ledgers-are-sealed\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    inherits: Billing.Domain.Ledger\n  sealed: true\n```\n"],
            shapes.Rules.Select(TestCodeImport.Yaml));
        Assert.Equal(["No_Project_References_Another_Module"], shapes.Tests.Where(t => !t.FullyImported).Select(t => t.Name));
        Assert.Equal(
            "the test reads files on disk ('Directory.GetFiles', 'File.ReadAllText') and checks them in C#: no TechLead rule reads project or source files; keep the test (a dependency between projects can be written as a 'forbid' between their assemblies)",
            Assert.Single(shapes.NotImported).Reason);
    }

    [Fact]
    public void Filters_no_selector_says_are_listed_with_the_exact_predicate()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Billing.cs", Domain)
            .Write("tests/Arch/LooseBillingTests.cs", Header + """
                public sealed class LooseBillingTests
                {
                    [Fact]
                    public void Public_Ledgers_Are_Sealed()
                    {
                        var open = typeof(Ledger).Assembly.GetTypes().Where(t => t.IsPublic && t.IsSubclassOf(typeof(Ledger))).Where(t => !t.IsSealed);
                        Assert.Empty(open);
                    }

                    [Fact]
                    public void Short_Names_Are_Sealed()
                    {
                        var open = typeof(Ledger).Assembly.GetTypes().Where(t => t.Name.Length < 8).Where(t => !t.IsSealed);
                        Assert.Empty(open);
                    }

                    [Fact]
                    public void Generic_Ledgers_Are_Sealed()
                    {
                        var failures = new List<Type>();
                        foreach (var ledger in typeof(Ledger).Assembly.GetTypes().Where(t => typeof(IComparable<>).IsAssignableFrom(t)))
                        {
                            if (!ledger.IsSealed)
                            {
                                failures.Add(ledger);
                            }
                        }

                        Assert.Empty(failures);
                    }

                    [Fact]
                    public void Ledgers_Are_Sealed_Eventually()
                    {
                        var open = new List<string>();
                        foreach (var ledger in typeof(Ledger).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(Ledger))))
                        {
                            if (!ledger.IsSealed)
                            {
                                open.Add(ledger.Name);
                            }
                        }

                        open.ShouldNotBeNull();
                    }

                    [Fact]
                    public void Versioned_Types_Exist()
                    {
                        var versioned = typeof(Ledger).Assembly.GetTypes().Where(t => t.Namespace?.Contains(".V2.") == true).ToArray();
                        versioned.ShouldNotBeNull();
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        Assert.Equal(
            [
                ("tests/Arch/LooseBillingTests.cs:16", "the types are selected in C# with 't.IsPublic': reflection's 'IsPublic' tells a nested type from one that is not, and TechLead's 'visibility' reads the accessibility each type declares, nested or not"),
                ("tests/Arch/LooseBillingTests.cs:23", "the types are selected in C# with 't.Name.Length < 8', which no TechLead selector says with the same meaning"),
                ("tests/Arch/LooseBillingTests.cs:31", "'typeof(IComparable<>).IsAssignableFrom(t)' tests a type against the generic definition 'typeof(IComparable<>)', which no type is assigned to or derives from, so it never holds: the test checks nothing"),
                ("tests/Arch/LooseBillingTests.cs:46", "the test collects the failing types in 'open' but asserts only that 'open' is not null, which it never is: the test checks nothing a rule could say"),
                ("tests/Arch/LooseBillingTests.cs:60", "the test asserts only that the collection of types is not null, which a collection never is: the test checks nothing a rule could say"),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
        Assert.All(decision.Tests, t => Assert.False(t.FullyImported, t.Name));
    }
}
