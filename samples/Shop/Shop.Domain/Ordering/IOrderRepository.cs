using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Domain.Ordering;

public interface IOrderRepository
{
    Task<Order?> FindAsync(OrderId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Order>> ListAsync(OrderStatus? status, CancellationToken cancellationToken);

    void Add(Order order);
}
