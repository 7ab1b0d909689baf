using System;
using System.Collections.Generic;
using System.Linq;

namespace Modular.Modules.Ordering.Core.Orders;

public sealed class Order
{
    public Order(Guid id, string currency, string shippingAddress, IReadOnlyList<OrderLine> lines, DateTimeOffset placedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(shippingAddress);
        ArgumentNullException.ThrowIfNull(lines);
        if (lines.Count == 0)
        {
            throw new ArgumentException("An order needs at least one line.", nameof(lines));
        }

        Id = id;
        Currency = currency;
        ShippingAddress = shippingAddress;
        Lines = lines;
        PlacedAt = placedAt;
    }

    public Guid Id { get; }

    public string Currency { get; }

    public string ShippingAddress { get; }

    public IReadOnlyList<OrderLine> Lines { get; }

    public DateTimeOffset PlacedAt { get; }

    public decimal Total => Lines.Sum(line => line.Total);
}
