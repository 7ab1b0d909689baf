using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Ordering;

namespace Shop.Application.Ordering;

/// <summary>Read side of ordering: flattens aggregates into summaries the API can return as-is.</summary>
public sealed class OrderQueries(IOrderRepository orders)
{
    public async Task<OrderSummary?> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(new OrderId(id), cancellationToken);
        return order is null ? null : ToSummary(order);
    }

    /// <param name="status">An <see cref="OrderStatus"/> name (any case), or null for every order.</param>
    public async Task<IReadOnlyList<OrderSummary>> ListAsync(string? status, CancellationToken cancellationToken)
    {
        OrderStatus? filter = status is null ? null : Enum.Parse<OrderStatus>(status, ignoreCase: true);
        var found = await orders.ListAsync(filter, cancellationToken);
        return found.Select(ToSummary).ToList();
    }

    private static OrderSummary ToSummary(Order order) => new(
        order.Id.Value,
        order.CustomerId.Value,
        order.Status.ToString(),
        order.Total.Amount,
        order.Currency,
        order.PlacedAt,
        order.Lines.Select(line => new OrderLineSummary(line.ProductId.Value, line.ProductName, line.Quantity, line.UnitPrice.Amount)).ToList());
}
