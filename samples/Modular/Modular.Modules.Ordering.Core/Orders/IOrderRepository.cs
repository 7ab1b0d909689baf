using System;
using System.Threading;
using System.Threading.Tasks;

namespace Modular.Modules.Ordering.Core.Orders;

public interface IOrderRepository
{
    Task<Order?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task SaveAsync(Order order, CancellationToken cancellationToken);
}
