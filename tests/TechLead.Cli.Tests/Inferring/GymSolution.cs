using System.Collections.Generic;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// A single-project modular monolith of our own (a gym: Memberships, Classes, Billing, Reporting, and Common): the modules
/// meet only through integration events (<c>*Event</c> records in each module's <c>Events</c> folder), a composition root in
/// the root namespace wires them, and one extension class lives in the container's namespace, as hosts expect.
/// </summary>
internal static class GymSolution
{
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["Gym.slnx"] = """
            <Solution>
              <Project Path="src/Gym/Gym.csproj" />
            </Solution>
            """ + "\n",
        ["src/Gym/Billing/BillingModule.cs"] = """
            namespace Northwind.Gym.Billing;

            using Northwind.Gym.Billing.Charge;
            using Northwind.Gym.Common;

            public static class BillingModule
            {
                public static void Register(IEventBus bus) => bus.Subscribe(new MembershipStartedHandler(new InvoiceNumbering()));
            }
            """ + "\n",
        ["src/Gym/Billing/Charge/ChargeEndpoint.cs"] = """
            namespace Northwind.Gym.Billing.Charge;

            public static class ChargeEndpoint
            {
                public const string Route = "/invoices";

                public static Invoice Handle(string member, decimal amount, InvoiceNumbering numbering) => new(numbering.Next(), member, amount);
            }
            """ + "\n",
        ["src/Gym/Billing/Charge/MembershipStartedHandler.cs"] = """
            namespace Northwind.Gym.Billing.Charge;

            using System.Collections.Generic;
            using Northwind.Gym.Common;
            using Northwind.Gym.Memberships.Start.Events;

            public sealed class MembershipStartedHandler(InvoiceNumbering numbering) : IIntegrationEventHandler<MembershipStartedEvent>
            {
                public List<Invoice> Issued { get; } = new();

                public void Handle(MembershipStartedEvent integrationEvent) => Issued.Add(new Invoice(numbering.Next(), integrationEvent.Member, 49.90m));
            }
            """ + "\n",
        ["src/Gym/Billing/Invoice.cs"] = """
            namespace Northwind.Gym.Billing;

            public sealed record Invoice(string Number, string Member, decimal Amount);
            """ + "\n",
        ["src/Gym/Billing/InvoiceNumbering.cs"] = """
            namespace Northwind.Gym.Billing;

            public sealed class InvoiceNumbering
            {
                private int last;

                public string Next() => $"INV-{++last:D6}";
            }
            """ + "\n",
        ["src/Gym/Classes/Book/BookClassEndpoint.cs"] = """
            namespace Northwind.Gym.Classes.Book;

            using Northwind.Gym.Classes.Book.Events;
            using Northwind.Gym.Common;

            public static class BookClassEndpoint
            {
                public const string Route = "/classes/{name}/bookings";

                public static bool Handle(string name, string member, IEventBus bus)
                {
                    var booked = ClassesModule.Schedule.Get(name).TryBook();
                    if (booked)
                    {
                        bus.Publish(new ClassBookedEvent(name, member, System.DateTimeOffset.UtcNow));
                    }

                    return booked;
                }
            }
            """ + "\n",
        ["src/Gym/Classes/Book/Events/ClassBookedEvent.cs"] = """
            namespace Northwind.Gym.Classes.Book.Events;

            using Northwind.Gym.Common;

            public sealed record ClassBookedEvent(string ClassName, string Member, System.DateTimeOffset OccurredAt) : IIntegrationEvent;
            """ + "\n",
        ["src/Gym/Classes/ClassSchedule.cs"] = """
            namespace Northwind.Gym.Classes;

            using System.Collections.Generic;

            public sealed class ClassSchedule
            {
                private readonly Dictionary<string, FitnessClass> classes = new();

                public FitnessClass Get(string name) => classes.TryGetValue(name, out var found) ? found : classes[name] = new FitnessClass(name, 20);
            }
            """ + "\n",
        ["src/Gym/Classes/ClassesModule.cs"] = """
            namespace Northwind.Gym.Classes;

            using Northwind.Gym.Common;

            public static class ClassesModule
            {
                public static ClassSchedule Schedule { get; } = new();

                public static void Register(IEventBus bus) => _ = bus;
            }
            """ + "\n",
        ["src/Gym/Classes/FitnessClass.cs"] = """
            namespace Northwind.Gym.Classes;

            public sealed class FitnessClass(string name, int capacity)
            {
                public string Name { get; } = name;

                public int Capacity { get; } = capacity;

                public int Booked { get; private set; }

                public bool TryBook()
                {
                    if (Booked >= Capacity)
                    {
                        return false;
                    }

                    Booked++;
                    return true;
                }
            }
            """ + "\n",
        ["src/Gym/Common/IEventBus.cs"] = """
            namespace Northwind.Gym.Common;

            public interface IEventBus
            {
                void Publish<TEvent>(TEvent integrationEvent) where TEvent : IIntegrationEvent;

                void Subscribe<TEvent>(IIntegrationEventHandler<TEvent> handler) where TEvent : IIntegrationEvent;
            }
            """ + "\n",
        ["src/Gym/Common/IIntegrationEvent.cs"] = """
            namespace Northwind.Gym.Common;

            public interface IIntegrationEvent
            {
                System.DateTimeOffset OccurredAt { get; }
            }
            """ + "\n",
        ["src/Gym/Common/IIntegrationEventHandler.cs"] = """
            namespace Northwind.Gym.Common;

            public interface IIntegrationEventHandler<in TEvent>
                where TEvent : IIntegrationEvent
            {
                void Handle(TEvent integrationEvent);
            }
            """ + "\n",
        ["src/Gym/Common/InMemoryEventBus.cs"] = """
            namespace Northwind.Gym.Common;

            using System.Collections.Generic;

            public sealed class InMemoryEventBus : IEventBus
            {
                private readonly List<object> handlers = new();

                public void Publish<TEvent>(TEvent integrationEvent) where TEvent : IIntegrationEvent
                {
                    foreach (var handler in handlers)
                    {
                        if (handler is IIntegrationEventHandler<TEvent> typed)
                        {
                            typed.Handle(integrationEvent);
                        }
                    }
                }

                public void Subscribe<TEvent>(IIntegrationEventHandler<TEvent> handler) where TEvent : IIntegrationEvent => handlers.Add(handler);
            }
            """ + "\n",
        ["src/Gym/Gym.csproj"] = """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Northwind.Gym</RootNamespace>
              </PropertyGroup>
            </Project>
            """ + "\n",
        ["src/Gym/GymServiceCollectionExtensions.cs"] = """
            namespace Microsoft.Extensions.DependencyInjection;

            using Northwind.Gym;
            using Northwind.Gym.Common;

            /// <summary>Where hosts look for registrations: the namespace of the container, as the framework's own extensions do.</summary>
            public static class GymServiceCollectionExtensions
            {
                public static InMemoryEventBus AddGym(this System.IServiceProvider services) => services is null ? ModuleRegistration.Compose() : ModuleRegistration.Compose();
            }
            """ + "\n",
        ["src/Gym/Memberships/Membership.cs"] = """
            namespace Northwind.Gym.Memberships;

            public sealed class Membership(System.Guid id, string member, System.DateOnly startsOn)
            {
                public System.Guid Id { get; } = id;

                public string Member { get; } = member;

                public System.DateOnly StartsOn { get; } = startsOn;
            }
            """ + "\n",
        ["src/Gym/Memberships/MembershipRepository.cs"] = """
            namespace Northwind.Gym.Memberships;

            using System.Collections.Generic;

            public sealed class MembershipRepository
            {
                private readonly Dictionary<System.Guid, Membership> memberships = new();

                public void Add(Membership membership) => memberships[membership.Id] = membership;

                public Membership? Find(System.Guid id) => memberships.TryGetValue(id, out var found) ? found : null;
            }
            """ + "\n",
        ["src/Gym/Memberships/MembershipsModule.cs"] = """
            namespace Northwind.Gym.Memberships;

            using Northwind.Gym.Common;

            public static class MembershipsModule
            {
                public static MembershipRepository Repository { get; } = new();

                public static void Register(IEventBus bus) => _ = bus;
            }
            """ + "\n",
        ["src/Gym/Memberships/Start/Events/MembershipStartedEvent.cs"] = """
            namespace Northwind.Gym.Memberships.Start.Events;

            using Northwind.Gym.Common;

            public sealed record MembershipStartedEvent(System.Guid MembershipId, string Member, System.DateTimeOffset OccurredAt) : IIntegrationEvent;
            """ + "\n",
        ["src/Gym/Memberships/Start/StartMembershipEndpoint.cs"] = """
            namespace Northwind.Gym.Memberships.Start;

            using Northwind.Gym.Common;
            using Northwind.Gym.Memberships.Start.Events;

            public static class StartMembershipEndpoint
            {
                public const string Route = "/memberships";

                public static Membership Handle(string member, System.DateOnly startsOn, IEventBus bus)
                {
                    var membership = new Membership(System.Guid.NewGuid(), member, startsOn);
                    MembershipsModule.Repository.Add(membership);
                    bus.Publish(new MembershipStartedEvent(membership.Id, member, System.DateTimeOffset.UtcNow));
                    return membership;
                }
            }
            """ + "\n",
        ["src/Gym/ModuleRegistration.cs"] = """
            namespace Northwind.Gym;

            using Northwind.Gym.Billing;
            using Northwind.Gym.Classes;
            using Northwind.Gym.Common;
            using Northwind.Gym.Memberships;
            using Northwind.Gym.Reporting;

            /// <summary>The composition root: wires every module to the event bus.</summary>
            public static class ModuleRegistration
            {
                public static InMemoryEventBus Compose()
                {
                    var bus = new InMemoryEventBus();
                    MembershipsModule.Register(bus);
                    ClassesModule.Register(bus);
                    BillingModule.Register(bus);
                    ReportingModule.Register(bus);
                    return bus;
                }
            }
            """ + "\n",
        ["src/Gym/Reporting/Attend/AttendanceEndpoint.cs"] = """
            namespace Northwind.Gym.Reporting.Attend;

            public static class AttendanceEndpoint
            {
                public const string Route = "/reports/attendance/{className}";

                public static int Handle(string className) => ReportingModule.Report.For(className);
            }
            """ + "\n",
        ["src/Gym/Reporting/Attend/ClassBookedHandler.cs"] = """
            namespace Northwind.Gym.Reporting.Attend;

            using Northwind.Gym.Classes.Book.Events;
            using Northwind.Gym.Common;

            public sealed class ClassBookedHandler(AttendanceReport report) : IIntegrationEventHandler<ClassBookedEvent>
            {
                public void Handle(ClassBookedEvent integrationEvent) => report.Count(integrationEvent.ClassName);
            }
            """ + "\n",
        ["src/Gym/Reporting/AttendanceReport.cs"] = """
            namespace Northwind.Gym.Reporting;

            using System.Collections.Generic;

            public sealed class AttendanceReport
            {
                private readonly Dictionary<string, int> attendance = new();

                public void Count(string className) => attendance[className] = attendance.TryGetValue(className, out var count) ? count + 1 : 1;

                public int For(string className) => attendance.TryGetValue(className, out var count) ? count : 0;
            }
            """ + "\n",
        ["src/Gym/Reporting/ReportingModule.cs"] = """
            namespace Northwind.Gym.Reporting;

            using Northwind.Gym.Common;
            using Northwind.Gym.Reporting.Attend;

            public static class ReportingModule
            {
                public static AttendanceReport Report { get; } = new();

                public static void Register(IEventBus bus) => bus.Subscribe(new ClassBookedHandler(Report));
            }
            """ + "\n",
    };

    public static void WriteTo(Support.TempRepo repo)
    {
        foreach (var (path, text) in Files)
        {
            repo.Write(path, text);
        }
    }
}
