namespace Shop.Domain.Ordering;

public enum OrderStatus
{
    Pending,
    Placed,
    Shipped,
    Cancelled,
}
