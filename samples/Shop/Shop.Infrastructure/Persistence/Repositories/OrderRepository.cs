using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Ordering;

namespace Shop.Infrastructure.Persistence.Repositories;

internal sealed class OrderRepository(ShopDbContext db) : IOrderRepository
{
    public Task<Order?> FindAsync(OrderId id, CancellationToken cancellationToken) =>
        db.Orders.FirstOrDefaultAsync(order => order.Id == id, cancellationToken);

    public Task<IReadOnlyList<Order>> ListAsync(OrderStatus? status, CancellationToken cancellationToken) =>
        db.Orders.ToListAsync(status is null ? null : order => order.Status == status, cancellationToken);

    public void Add(Order order) => db.Orders.Add(order);
}
