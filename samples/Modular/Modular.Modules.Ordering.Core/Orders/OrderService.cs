using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Modular.Modules.Ordering.Core.Pricing;
using Modular.Shared.IntegrationEvents;
using Modular.Shared.Messaging;

namespace Modular.Modules.Ordering.Core.Orders;

public sealed class OrderService(IOrderRepository orders, PriceList priceList, IEventBus bus, TimeProvider clock)
{
    /// <summary>Prices the order from Ordering's own price list, stores it and tells Shipping about it.</summary>
    public async Task<Guid> PlaceAsync(
        string currency,
        string shippingAddress,
        IReadOnlyList<(Guid ProductId, int Quantity)> requestedLines,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requestedLines);
        var lines = new List<OrderLine>(requestedLines.Count);
        foreach (var (productId, quantity) in requestedLines)
        {
            var priced = priceList.Find(productId)
                ?? throw new InvalidOperationException($"Product {productId} has no price yet.");
            if (!string.Equals(priced.Currency, currency, StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"Product {productId} is priced in {priced.Currency}, not {currency}.");
            }

            lines.Add(new OrderLine(productId, priced.Name, quantity, priced.Price));
        }

        var order = new Order(Guid.NewGuid(), currency.ToUpperInvariant(), shippingAddress, lines, clock.GetUtcNow());
        await orders.SaveAsync(order, cancellationToken);
        await bus.PublishAsync(
            new OrderPlaced(
                Guid.NewGuid(),
                order.PlacedAt,
                order.Id,
                order.ShippingAddress,
                order.Lines.Select(line => new OrderPlacedLine(line.ProductId, line.ProductName, line.Quantity)).ToList()),
            cancellationToken);
        return order.Id;
    }
}
