using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// Custom checks on the members each type declares (rules/0069): fields or properties of a type another selection lists,
/// directly or as a generic argument, become a <c>members</c> rule with <c>type-not</c> over the other selection (which
/// makes no rule of its own); "no public member" checks become <c>allowed: false</c> with <c>include-overrides</c>.
/// </summary>
public sealed class MemberTypeImportTests
{
    private const string Header = """
        using System.Collections.Generic;
        using System.Linq;
        using System.Reflection;
        using NetArchTest.Rules;
        using Fleet.Domain;
        using Xunit;

        namespace Fleet.Tests;

        """;

    [Fact]
    public void Fields_and_properties_checked_against_another_selection_become_type_not()
    {
        using var import = new TestCodeImport().Write(FleetDomain.Path, FleetDomain.Text).Write("tests/Arch/AggregateBoundaryTests.cs", Header + """
            public sealed class AggregateBoundaryTests
            {
                private static readonly Assembly Domain = typeof(Vehicle).Assembly;

                [Fact]
                public void Parts_Refer_To_Other_Aggregates_By_Id()
                {
                    var parts = Types.InAssembly(Domain).That().Inherit(typeof(Part)).GetTypes();
                    var aggregates = Types.InAssembly(Domain).That().ImplementInterface(typeof(IAggregate)).GetTypes().ToList();
                    const BindingFlags flags = BindingFlags.DeclaredOnly | BindingFlags.NonPublic | BindingFlags.Instance;

                    var offenders = new List<System.Type>();
                    foreach (var part in parts)
                    {
                        var fields = part.GetFields(flags);
                        foreach (var field in fields)
                        {
                            if (aggregates.Contains(field.FieldType) || field.FieldType.GenericTypeArguments.Any(a => aggregates.Contains(a)))
                            {
                                offenders.Add(part);
                                break;
                            }
                        }

                        foreach (var property in part.GetProperties(flags))
                        {
                            if (aggregates.Contains(property.PropertyType) || property.PropertyType.GenericTypeArguments.Any(a => aggregates.Contains(a)))
                            {
                                offenders.Add(part);
                                break;
                            }
                        }
                    }

                    Assert.Empty(offenders);
                }

                [Fact]
                public void Public_State_Of_Parts_Holds_No_Aggregate()
                {
                    var aggregates = Types.InAssembly(Domain).That().ImplementInterface(typeof(IAggregate)).GetTypes().ToList();
                    var failing = new List<System.Type>();
                    foreach (var part in Types.InAssembly(Domain).That().Inherit(typeof(Part)).GetTypes())
                    {
                        foreach (var field in part.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
                        {
                            if (field.FieldType.GenericTypeArguments.Any(aggregates.Contains) || aggregates.Contains(field.FieldType))
                            {
                                failing.Add(part);
                            }
                        }
                    }

                    Assert.Empty(failing);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: parts-refer-to-other-aggregates-by-id\n  kind: members\n  members:\n    kind: [field, property]\n    static: false\n    types:\n      assembly: Acme.Shop.Domain\n      inherits: Fleet.Domain.Part\n  type-not:\n    assembly: Acme.Shop.Domain\n    implements: Fleet.Domain.IAggregate\n```\n",
                "```techlead\n- id: public-state-of-parts-holds-no-aggregate\n  kind: members\n  members:\n    kind: field\n    visibility: public\n    types:\n      assembly: Acme.Shop.Domain\n      inherits: Fleet.Domain.Part\n  type-not:\n    assembly: Acme.Shop.Domain\n    implements: Fleet.Domain.IAggregate\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void A_check_of_the_type_alone_or_of_inherited_members_is_listed_with_the_shape_the_importer_reads()
    {
        using var import = new TestCodeImport().Write(FleetDomain.Path, FleetDomain.Text).Write("tests/Arch/LooseBoundaryTests.cs", Header + """
            public sealed class LooseBoundaryTests
            {
                private static readonly Assembly Domain = typeof(Vehicle).Assembly;

                [Fact]
                public void Parts_Hold_No_Aggregate_Directly()
                {
                    var aggregates = Types.InAssembly(Domain).That().ImplementInterface(typeof(IAggregate)).GetTypes().ToList();
                    var failing = new List<System.Type>();
                    foreach (var part in Types.InAssembly(Domain).That().Inherit(typeof(Part)).GetTypes())
                    {
                        foreach (var field in part.GetFields(BindingFlags.DeclaredOnly | BindingFlags.NonPublic | BindingFlags.Instance))
                        {
                            if (aggregates.Contains(field.FieldType))
                            {
                                failing.Add(part);
                            }
                        }
                    }

                    Assert.Empty(failing);
                }

                [Fact]
                public void Parts_Inherit_No_Aggregate()
                {
                    var aggregates = Types.InAssembly(Domain).That().ImplementInterface(typeof(IAggregate)).GetTypes().ToList();
                    var failing = new List<System.Type>();
                    foreach (var part in Types.InAssembly(Domain).That().Inherit(typeof(Part)).GetTypes())
                    {
                        foreach (var field in part.GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
                        {
                            if (aggregates.Contains(field.FieldType) || field.FieldType.GenericTypeArguments.Any(a => aggregates.Contains(a)))
                            {
                                failing.Add(part);
                            }
                        }
                    }

                    Assert.Empty(failing);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        const string Shape = "checks in C# the types of each type's fields and properties against other types, in a form the importer does not read (it reads a 'foreach' over 'type.GetFields(flags)' or 'GetProperties(flags)' with 'BindingFlags.DeclaredOnly', failing the type when 'list.Contains(f.FieldType) || f.FieldType.GenericTypeArguments.Any(x => list.Contains(x))' for a list that is another selection); a 'members' rule with 'type-not: <selector>' says it (the type or one of its generic arguments): write it by hand";
        const string List = "the types are a list custom code compares other types with; a TechLead selector cannot refer to the result of another selection";
        Assert.Equal(
            [
                ("tests/Arch/LooseBoundaryTests.cs:16", List),
                ("tests/Arch/LooseBoundaryTests.cs:18", Shape),
                ("tests/Arch/LooseBoundaryTests.cs:35", List),
                ("tests/Arch/LooseBoundaryTests.cs:37", Shape),
            ],
            decision.NotImported.Select(n => (n.Location, n.Reason)).ToList());
    }

    [Fact]
    public void A_check_that_types_declare_no_public_member_forbids_public_members_overrides_included()
    {
        using var import = new TestCodeImport().Write(FleetDomain.Path, FleetDomain.Text).Write("tests/Arch/EncapsulationTests.cs", Header + """
            public sealed class EncapsulationTests
            {
                private static readonly Assembly Domain = typeof(Vehicle).Assembly;

                [Fact]
                public void Parts_Expose_Nothing()
                {
                    var parts = Types.InAssembly(Domain).That().Inherit(typeof(Part)).And().DoNotImplementInterface(typeof(IAggregate)).GetTypes();
                    const BindingFlags exposed = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

                    var failing = new List<System.Type>();
                    foreach (var part in parts)
                    {
                        var fields = part.GetFields(exposed);
                        var methods = part.GetMethods(exposed);
                        if (fields.Any() || methods.Length > 0)
                        {
                            failing.Add(part);
                        }
                    }

                    Assert.Empty(failing);
                }

                [Fact]
                public void Parts_Have_No_Public_Instance_Fields()
                {
                    var failing = new List<System.Type>();
                    foreach (var part in Types.InAssembly(Domain).That().Inherit(typeof(Part)).GetTypes())
                    {
                        if (part.GetFields(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance).Any())
                        {
                            failing.Add(part);
                        }
                    }

                    Assert.Empty(failing);
                }

                [Fact]
                public void Parts_Hide_Their_State()
                {
                    var failing = new List<System.Type>();
                    foreach (var part in Types.InAssembly(Domain).That().Inherit(typeof(Part)).GetTypes())
                    {
                        if (part.GetFields(BindingFlags.DeclaredOnly | BindingFlags.NonPublic | BindingFlags.Instance).Any())
                        {
                            failing.Add(part);
                        }
                    }

                    Assert.Empty(failing);
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Equal(
            [
                "```techlead\n- id: parts-expose-nothing\n  kind: members\n  members:\n    kind: [method, property, field, event]\n    visibility: public\n    include-overrides: true\n    types:\n      assembly: Acme.Shop.Domain\n      inherits: Fleet.Domain.Part\n      except:\n        implements: Fleet.Domain.IAggregate\n  allowed: false\n```\n",
                "```techlead\n- id: parts-have-no-public-instance-fields\n  kind: members\n  members:\n    kind: field\n    visibility: public\n    static: false\n    types:\n      assembly: Acme.Shop.Domain\n      inherits: Fleet.Domain.Part\n  allowed: false\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));

        // NonPublic lists the backing field of every auto-property and what the compiler adds: no rule says that.
        Assert.Equal(
            [("tests/Arch/EncapsulationTests.cs:52", "checks in C# which members each type declares, in a form the importer does not read (it reads a 'foreach' failing the type when 'type.GetFields(flags)', 'GetProperties', 'GetMethods' or 'GetEvents' with 'BindingFlags.DeclaredOnly | BindingFlags.Public' is not empty: 'Any()' or 'Length > 0'); with 'NonPublic' reflection also lists backing fields, private accessors and what the compiler generates, which no 'members' rule selects")],
            decision.NotImported.Select(n => (n.Location, n.Reason)));
    }

    private static class FleetDomain
    {
        public const string Path = "src/Shop.Domain/Fleet.cs";

        public const string Text = """
            namespace Fleet.Domain
            {
                public interface IAggregate { }
                public abstract class Part { }
                public sealed class Vehicle : IAggregate { }
                public sealed class Depot : IAggregate { }
                public sealed class Wheel : Part { private readonly System.Guid vehicleId; public Wheel(System.Guid vehicleId) => this.vehicleId = vehicleId; }
            }
            """;
    }
}
