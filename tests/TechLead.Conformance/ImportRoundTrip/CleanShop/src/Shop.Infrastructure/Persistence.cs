using System.Collections.Generic;
using Shop.Domain.Orders;

namespace Shop.Infrastructure.Persistence
{
    // Planted: public, although infrastructure stays internal (the application layer uses it by mistake).
    public class OrderStore
    {
        private readonly Dictionary<System.Guid, Order> orders = new Dictionary<System.Guid, Order>();

        public void Save(Order order) => orders[order.Id] = order;
    }

    internal sealed class OrderRepository
    {
        private readonly OrderStore store = new OrderStore();

        public void Add(Order order) => store.Save(order);
    }
}

namespace Shop.Infrastructure.Caching
{
    // Planted: a repository outside Persistence.
    internal sealed class CachedOrderRepository
    {
        public int Hits { get; private set; }
    }
}
