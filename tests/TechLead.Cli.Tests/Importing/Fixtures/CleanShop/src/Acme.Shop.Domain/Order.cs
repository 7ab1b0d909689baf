using System;
using System.Collections.Generic;

namespace Acme.Shop.Domain;

public sealed class Order
{
    private readonly List<Money> lines = [];

    public Order(Guid id, DateTime placedAt)
    {
        Id = id;
        PlacedAt = placedAt;
    }

    public Guid Id { get; }

    public DateTime PlacedAt { get; }

    public string Note { get; private set; } = string.Empty;

    public static Order Place() => new(Guid.NewGuid(), DateTime.Now);

    public static Order PlaceWith(Guid id, TimeProvider clock) => new(id, clock.GetUtcNow().UtcDateTime);

    public void AddLine(decimal amount)
    {
        Money line = amount;
        lines.Add(line);
    }

    public void AddLine(Money line) => lines.Add(line);

    public Money FirstLine() => lines[0];

    public decimal LegacyTotal(decimal price) => Legacy.LegacyPricing.Discount(price);

    public void Annotate(string? note) => Note = note ?? string.Empty;
}
