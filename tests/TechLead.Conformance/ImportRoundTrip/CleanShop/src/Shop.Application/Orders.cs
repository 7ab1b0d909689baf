using Shop.Domain.Orders;
using Shop.Domain.Shared;
using Shop.Infrastructure.Persistence;

namespace Shop.Application.Orders
{
    [Audited]
    public sealed class PlaceOrderCommand
    {
        public PlaceOrderCommand(Money total) => Total = total;

        public Money Total { get; }
    }

    // Planted: a command without [Audited].
    public sealed class CancelOrderCommand
    {
        public CancelOrderCommand(System.Guid orderId) => OrderId = orderId;

        public System.Guid OrderId { get; }
    }

    // Planted: the application layer uses the infrastructure directly.
    public sealed class PlaceOrderHandler : IHandler
    {
        private readonly OrderStore store = new OrderStore();

        public void Handle(PlaceOrderCommand command) => store.Save(new Order(System.Guid.NewGuid(), command.Total));
    }

    // Planted: not sealed, and not an IHandler.
    public class CancelOrderHandler
    {
        public void Handle(CancelOrderCommand command)
        {
        }
    }
}
