namespace Acme.Platform.Modules.Orders.Contracts
{
    public sealed class OrderPlaced
    {
        public System.Guid OrderId { get; init; }
    }
}

namespace Acme.Platform.Modules.Orders.Domain
{
    public sealed class Order : Acme.Platform.SharedKernel.Entity // -> Acme.Platform.SharedKernel
    {
        public decimal Total { get; private set; }

        public void Add(decimal amount) => Total += amount;
    }
}

namespace Acme.Platform.Modules.Orders.Application
{
    public sealed class PlaceOrder
    {
        public Acme.Platform.Modules.Orders.Domain.Order Handle() => new(); // -> Acme.Platform.Modules.Orders.Domain

        public Acme.Platform.Modules.Orders.Contracts.OrderPlaced Publish(System.Guid id) => new() { OrderId = id }; // -> Acme.Platform.Modules.Orders.Contracts

        public decimal Bill(Acme.Platform.Modules.Billing.Domain.Invoice invoice) => invoice.Amount; // -> Acme.Platform.Modules.Billing.Domain
    }
}

namespace Acme.Platform.Modules.Orders.Api
{
    public sealed class OrdersEndpoint
    {
        public const string Path = "/orders";

        public object Post() => new Acme.Platform.Modules.Orders.Application.PlaceOrder(); // -> Acme.Platform.Modules.Orders.Application

        public decimal Peek(Acme.Platform.Modules.Orders.Domain.Order order) => order.Total; // -> Acme.Platform.Modules.Orders.Domain

        public string Module() => new Acme.Platform.Modules.ModuleInfo().Name; // -> Acme.Platform.Modules
    }
}
