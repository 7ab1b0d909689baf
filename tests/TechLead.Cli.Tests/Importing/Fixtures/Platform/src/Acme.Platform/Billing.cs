namespace Acme.Platform.Modules.Billing.Domain
{
    public sealed class Invoice : Acme.Platform.SharedKernel.Entity // -> Acme.Platform.SharedKernel
    {
        public decimal Amount { get; init; }

        public System.Guid For(Acme.Platform.Modules.Orders.Contracts.OrderPlaced placed) => placed.OrderId; // -> Acme.Platform.Modules.Orders.Contracts
    }
}

namespace Acme.Platform.Modules.Billing.Application
{
    public sealed class InvoiceService
    {
        public Acme.Platform.Modules.Billing.Domain.Invoice Open(Acme.Platform.Modules.Orders.Contracts.OrderPlaced placed) => new() { Amount = 1m }; // -> Acme.Platform.Modules.Billing.Domain -> Acme.Platform.Modules.Orders.Contracts

        public decimal Reprice(Acme.Platform.Modules.Orders.Domain.Order order) => order.Total; // -> Acme.Platform.Modules.Orders.Domain

        public System.Net.Http.HttpClient Client() => new(); // -> System.Net.Http
    }
}
