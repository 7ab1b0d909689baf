using Shop.Modules.Ordering.Contracts;
using Shop.Modules.Ordering.Domain;

namespace Shop.Modules.Billing.Domain
{
    public sealed class Invoice
    {
        public Invoice(decimal amount) => Amount = amount;

        public decimal Amount { get; }
    }
}

namespace Shop.Modules.Billing.Application
{
    using Shop.Modules.Billing.Domain;

    // Allowed: another module's contracts.
    public sealed class InvoiceOrderHandler
    {
        public Invoice Handle(OrderPlacedEvent placed) => new Invoice(placed.Total);
    }

    // Planted: another module's domain, and a gateway outside the infrastructure.
    public sealed class InvoiceTotals
    {
        public decimal Of(Order order) => order.Total;
    }

    public class PaymentGateway
    {
    }
}

namespace Shop.Modules.Billing.Application.Legacy
{
    // Known and excluded by the rule: the legacy invoicer still reads orders directly.
    public sealed class LegacyInvoicer
    {
        public decimal Total(Order order) => order.Total;
    }
}

namespace Shop.Modules.Billing.Infrastructure
{
    public sealed class BankGateway
    {
    }
}

namespace Shop.Modules.BillingReports
{
    // Planted: a sibling namespace sharing the prefix "Shop.Modules.Billing" (NetArchTest's ResideInNamespace includes it).
    public sealed class RevenueReport
    {
        public decimal Revenue(Order order) => order.Total;
    }
}
