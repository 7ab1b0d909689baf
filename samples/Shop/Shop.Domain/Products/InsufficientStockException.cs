using System;

namespace Shop.Domain.Products;

public sealed class InsufficientStockException : InvalidOperationException // violates ADR-0008/exceptions-inherit-domain-exception
{
    public InsufficientStockException(Sku sku, int requested, int available)
        : base($"Only {available} of {sku} in stock, {requested} requested.")
    {
        Sku = sku;
        Requested = requested;
        Available = available;
    }

    public Sku Sku { get; }

    public int Requested { get; }

    public int Available { get; }
}
