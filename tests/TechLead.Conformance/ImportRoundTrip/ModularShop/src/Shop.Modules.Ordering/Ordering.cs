using Shop.Modules.Ordering.Application;

namespace Shop.Modules.Ordering.Contracts
{
    public interface IOrderingModule
    {
        void Send(object command);
    }

    public sealed class OrderPlacedEvent
    {
        public OrderPlacedEvent(System.Guid orderId, decimal total)
        {
            OrderId = orderId;
            Total = total;
        }

        public System.Guid OrderId { get; }

        public decimal Total { get; }
    }
}

namespace Shop.Modules.Ordering.Domain
{
    public sealed class Order
    {
        public Order(decimal total) => Total = total;

        public decimal Total { get; }
    }

    // Planted: the domain reaches up into the application layer, an interface outside Contracts, an event outside Contracts.
    public interface IOrderRules
    {
        bool Accepts(PlaceOrderCommand command);
    }

    public sealed class OrderFactory
    {
        public Order Create(PlaceOrderCommand command) => new Order(command.Total);
    }

    public class OrderShippedEvent
    {
    }
}

namespace Shop.Modules.Ordering.Application
{
    public sealed class PlaceOrderCommand
    {
        public PlaceOrderCommand(decimal total) => Total = total;

        public decimal Total { get; }
    }
}
