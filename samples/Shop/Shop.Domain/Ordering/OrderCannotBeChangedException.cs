using Shop.Domain.Common;

namespace Shop.Domain.Ordering;

public sealed class OrderCannotBeChangedException : DomainException
{
    public OrderCannotBeChangedException(OrderId orderId, string reason)
        : base($"Order {orderId} cannot be changed: {reason}.")
    {
        OrderId = orderId;
    }

    public OrderId OrderId { get; }
}
