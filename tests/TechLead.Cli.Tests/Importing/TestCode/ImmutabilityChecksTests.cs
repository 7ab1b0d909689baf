using System.Linq;
using TechLead.Cli.Importing.TestCode;

namespace TechLead.Cli.Tests.Importing.TestCode;

/// <summary>
/// rules/0062: immutability a suite checks with reflection over a NetArchTest selection (<c>GetFields()</c> with
/// <c>IsInitOnly</c>, <c>GetProperties()</c> with <c>CanWrite</c>) becomes <c>modifiers</c> with
/// <c>immutable: public-members</c> where it means exactly that; every other variant stays listed with the difference.
/// </summary>
public sealed class ImmutabilityChecksTests
{
    private const string Header = """
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Reflection;
        using FluentAssertions;
        using NetArchTest.Rules;
        using NUnit.Framework;
        using Bookings.Domain;

        namespace Bookings.ArchitectureTests;

        """;

    private const string BookingsDomain = """
        namespace Bookings.Domain
        {
            public sealed class Reservation { }
            public interface IBookingEvent { }
            public abstract class ValueObject { }
        }
        """;

    [Fact]
    public void The_reflection_idioms_that_mean_public_members_immutability_become_the_rule()
    {
        using var import = new TestCodeImport()
            .Write("src/Shop.Domain/Bookings.cs", BookingsDomain)
            .Write("tests/Arch/ArchitectureTest.cs", Header + """
                public abstract class ArchitectureTest
                {
                    protected static Assembly Domain => typeof(Reservation).Assembly;

                    protected static void ShouldBeImmutable(IEnumerable<Type> candidates)
                    {
                        var mutable = new List<Type>();
                        foreach (var candidate in candidates)
                        {
                            if (candidate.GetProperties().Any(p => p.CanWrite) || candidate.GetFields().Any(f => !f.IsInitOnly))
                            {
                                mutable.Add(candidate);
                                break;
                            }
                        }

                        NoneFail(mutable);
                    }

                    private static void NoneFail(IEnumerable<Type> failing) => Assert.That(failing, Is.Null.Or.Empty);
                }
                """)
            .Write("tests/Arch/ImmutabilityTests.cs", Header + """
                public sealed class ImmutabilityTests : ArchitectureTest
                {
                    [Test]
                    public void Booking_Events_Are_Immutable()
                    {
                        var events = Types.InAssembly(Domain).That().ImplementInterface(typeof(IBookingEvent)).GetTypes();

                        ShouldBeImmutable(events);
                    }

                    [Test]
                    public void Value_Objects_Are_Immutable()
                    {
                        var values = Types.InAssembly(Domain).That().Inherit(typeof(ValueObject)).GetTypes();
                        var mutable = values.Where(v =>
                            v.GetFields(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Any(f => !f.IsInitOnly && !f.IsLiteral)
                            || v.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Any(p => p.SetMethod != null));

                        mutable.Should().BeEmpty();
                    }

                    [Test]
                    public void Quotes_Are_Immutable()
                    {
                        var quotes = Types.InAssembly(Domain).That().HaveNameEndingWith("Quote").GetTypes();

                        Assert.That(quotes.All(q => q.GetFields().All(f => f.IsInitOnly) && !q.GetProperties().Any(p => p.GetSetMethod(true) is not null)), Is.True);
                    }
                }
                """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.NotImported);
        Assert.Equal(
            [
                "```techlead\n- id: booking-events-are-immutable\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    implements: Bookings.Domain.IBookingEvent\n  immutable: public-members\n```\n",
                "```techlead\n- id: value-objects-are-immutable\n  kind: modifiers\n  types:\n    assembly: Acme.Shop.Domain\n    inherits: Bookings.Domain.ValueObject\n  immutable: public-members\n```\n",
                "```techlead\n- id: quotes-are-immutable\n  kind: modifiers\n  types:\n    name: \"*Quote\"\n    assembly: Acme.Shop.Domain\n  immutable: public-members\n```\n",
            ],
            decision.Rules.Select(TestCodeImport.Yaml));
        Assert.All(decision.Tests, t => Assert.True(t.FullyImported, t.Name));
    }

    [Fact]
    public void Variants_that_check_other_members_or_other_setters_stay_listed_with_the_difference()
    {
        using var import = new TestCodeImport().Write("src/Shop.Domain/Bookings.cs", BookingsDomain).Write("tests/Arch/LooseImmutabilityTests.cs", Header + """
            public sealed class LooseImmutabilityTests
            {
                [Test]
                public void Events_Have_No_Instance_Setters()
                {
                    var failing = new List<Type>();
                    foreach (var type in Types.InCurrentDomain().That().ImplementInterface(typeof(IBookingEvent)).GetTypes())
                    {
                        if (type.GetFields(BindingFlags.Public | BindingFlags.Instance).Any(f => !f.IsInitOnly) || type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Any(p => p.CanWrite))
                        {
                            failing.Add(type);
                        }
                    }

                    Assert.That(failing, Is.Empty);
                }

                [Test]
                public void Commands_Have_No_Public_Setters()
                {
                    var commands = Types.InCurrentDomain().That().HaveNameEndingWith("Command").GetTypes();
                    Assert.IsEmpty(commands.Where(c => c.GetFields().Any(f => !f.IsInitOnly) || c.GetProperties().Any(p => p.GetSetMethod() != null)));
                }

                [Test]
                public void Snapshots_Declare_No_Setters()
                {
                    var snapshots = Types.InCurrentDomain().That().HaveNameEndingWith("Snapshot").GetTypes();
                    Assert.IsEmpty(snapshots.Where(s => s.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly).Any(p => p.CanWrite) || s.GetFields().Any(f => !f.IsInitOnly)));
                }

                [Test]
                public void Settings_Have_No_Setters()
                {
                    var settings = Types.InCurrentDomain().That().HaveNameEndingWith("Settings").GetTypes();
                    Assert.IsEmpty(settings.Where(s => s.GetProperties().Any(p => p.CanWrite)));
                }
            }
            """);

        var decision = Assert.Single(import.Run(new NetArchTestImporter()));

        Assert.Empty(decision.Rules);
        const string Tail = "; 'immutable: public-members' checks every public field and property, inherited and static ones included: keep the test, or write that rule by hand if the difference does not matter to the team";
        Assert.Equal(
            [
                "checks in C# that each type's public fields are readonly and its public properties have no setter, but 'GetFields(BindingFlags.Public | BindingFlags.Instance)' leaves out static members" + Tail,
                "checks in C# that each type's public fields are readonly and its public properties have no setter, but 'p.GetSetMethod() != null' counts only a public set or init accessor; 'immutable: public-members' counts one of any accessibility ('private set' too)" + Tail,
                "checks in C# that each type's public fields are readonly and its public properties have no setter, but 'GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly)' leaves out inherited members" + Tail,
                "checks in C# that each type's public fields are readonly and its public properties have no setter, but it checks only the public properties, not whether a public field is readonly" + Tail,
            ],
            decision.NotImported.Select(n => n.Reason));
    }
}
