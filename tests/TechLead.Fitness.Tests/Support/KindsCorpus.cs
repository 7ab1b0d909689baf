namespace TechLead.Fitness.Tests.Support;

/// <summary>A corpus with one violation and one compliant type for every rule kind.</summary>
internal static class KindsCorpus
{
    public const string Source = """
        using System;
        namespace Kinds.Api
        {
            public abstract class ControllerBase { }
            public class OrdersController : ControllerBase { public Kinds.Domain.Order? Order; }
            public class StrayController { }
        }
        namespace Kinds.Domain
        {
            public sealed class Order { public Kinds.Api.OrdersController? Back; public string Describe() => Newtonsoft.Text.Format(); }
            public sealed class Clock { public DateTime Read() => DateTime.Now; public DateTime Utc() => DateTime.UtcNow; }
            public interface IEntity { }
            public sealed class Entity : IEntity { }
            public sealed class NotEntity { }
            [Serializable] public sealed class Marked { }
            [Obsolete] public sealed class Deprecated { }
            public sealed record Money(decimal Amount);
            public sealed class Mutable { public int Count { get; set; } }
            public static class Helpers { }
            public class Unsealed { }
            public sealed class ClientId { public string ClientName { get; } = ""; public void Move(int buyerCount) { } }
        }
        namespace Kinds.Infrastructure
        {
            public class OrderRepo { }
            public class OrderRepository { }
        }
        namespace Kinds.Misplaced
        {
            public class PaymentRepository { }
        }
        namespace Kinds.Modules.Orders
        {
            public class OrderService { public Kinds.Modules.Billing.Invoice? Invoice; }
        }
        namespace Kinds.Modules.Billing
        {
            public class Invoice { public Kinds.Modules.Orders.OrderService? Service; }
        }
        namespace Newtonsoft
        {
            public static class Text { public static string Format() => ""; }
        }
        """;
}
