using System;
using Shop.Domain.Common;
using Shop.Domain.Products;

namespace Shop.Domain.Ordering;

/// <summary>One product on an order, with the price the customer saw when ordering.</summary>
public sealed class OrderLine
{
    internal OrderLine(ProductId productId, string productName, Money unitPrice, int quantity)
    {
        ProductId = productId;
        ProductName = productName;
        UnitPrice = unitPrice;
        Quantity = quantity;
    }

    public ProductId ProductId { get; }

    public string ProductName { get; }

    public Money UnitPrice { get; }

    public int Quantity { get; private set; }

    public Money Total => UnitPrice.Multiply(Quantity);

    internal void Increase(int quantity)
    {
        if (Quantity + quantity > OrderPolicy.MaxQuantityPerLine)
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), "An order line holds at most " + OrderPolicy.MaxQuantityPerLine + " units.");
        }

        Quantity += quantity;
    }
}
