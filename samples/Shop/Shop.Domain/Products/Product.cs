using System;
using System.ComponentModel.DataAnnotations.Schema;
using Shop.Domain.Common;
using Shop.Domain.Ordering;

namespace Shop.Domain.Products;

/// <summary>Something we sell, with its current price and the stock on hand.</summary>
[Table("products")] // violates ADR-0002/no-persistence-in-domain
public sealed class Product : AggregateRoot<ProductId>
{
    public Product(ProductId id, Sku sku, string name, Money price, int stockOnHand)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(sku);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(price);
        ArgumentOutOfRangeException.ThrowIfNegative(stockOnHand);
        Sku = sku;
        Name = name;
        Price = price;
        StockOnHand = stockOnHand;
        ReorderQuantity = 10;
    }

    [Column("sku")] // violates ADR-0002/no-persistence-in-domain
    public Sku Sku { get; }

    public string Name { get; private set; }

    public Money Price { get; private set; }

    public int StockOnHand { get; private set; }

    public int ReorderQuantity { get; private set; }

    public void ChangePrice(Money newPrice)
    {
        ArgumentNullException.ThrowIfNull(newPrice);
        Price = newPrice;
    }

    public void ReserveStock(int quantity)
    {
        if (quantity > StockOnHand)
        {
            throw new InsufficientStockException(Sku, quantity, StockOnHand);
        }

        StockOnHand -= quantity;
    }

    public void Restock(int quantity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);
        StockOnHand += quantity;
    }

    public void ChangeReorderQuantity(int quantity)
    {
        // Reordering more than one order line can hold only parks capital in the warehouse.
        if (quantity <= 0 || quantity > OrderPolicy.MaxQuantityPerLine) // violates ADR-0005/domain-slices-acyclic
        {
            throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "Reorder quantity is out of range.");
        }

        ReorderQuantity = quantity;
    }
}
