using System;
using System.Collections.Generic;
using System.Linq;
using Shop.Domain.Common;
using Shop.Domain.Customers;
using Shop.Domain.Products;

namespace Shop.Domain.Ordering;

/// <summary>An order is built while pending, then placed once; only placed orders can be cancelled.</summary>
public sealed class Order : AggregateRoot<OrderId>
{
    private readonly List<OrderLine> _lines = [];

    private Order(OrderId id, CustomerId customerId, string currency)
        : base(id)
    {
        CustomerId = customerId;
        Currency = currency;
        Status = OrderStatus.Pending;
    }

    public CustomerId CustomerId { get; }

    public string Currency { get; }

    public OrderStatus Status { get; private set; }

    public DateTimeOffset? PlacedAt { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    public Money Total => _lines.Aggregate(Money.Zero(Currency), (sum, line) => sum.Add(line.Total));

    public static Order Start(CustomerId customerId, string currency) => new(OrderId.New(), customerId, currency);

    public void AddLine(Product product, int quantity)
    {
        ArgumentNullException.ThrowIfNull(product);
        EnsureStatus(OrderStatus.Pending);
        if (quantity <= 0 || quantity > OrderPolicy.MaxQuantityPerLine)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Quantity per line is out of range.");
        }

        if (product.Price.Currency != Currency)
        {
            throw new ArgumentException($"Product {product.Sku} is priced in {product.Price.Currency}, the order in {Currency}.", nameof(product));
        }

        product.ReserveStock(quantity);
        var existing = _lines.Find(line => line.ProductId == product.Id);
        if (existing is null)
        {
            _lines.Add(new OrderLine(product.Id, product.Name, product.Price, quantity));
        }
        else
        {
            existing.Increase(quantity);
        }
    }

    public void Place(DateTimeOffset now)
    {
        EnsureStatus(OrderStatus.Pending);
        if (_lines.Count == 0)
        {
            throw new OrderCannotBeChangedException(Id, "an order needs at least one line");
        }

        Status = OrderStatus.Placed;
        PlacedAt = now;
        Raise(new OrderPlaced(Id, CustomerId, Total, now));
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureStatus(OrderStatus.Placed);
        Status = OrderStatus.Cancelled;
        Raise(new OrderCancelled(Id, reason, now));
    }

    private void EnsureStatus(OrderStatus expected)
    {
        if (Status != expected)
        {
            throw new OrderCannotBeChangedException(Id, $"it is {Status}, not {expected}");
        }
    }
}
