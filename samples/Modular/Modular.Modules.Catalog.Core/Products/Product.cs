using System;

namespace Modular.Modules.Catalog.Core.Products;

public sealed class Product
{
    public Product(Guid id, string name, decimal price, string currency)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Id = id;
        Name = name;
        Reprice(price);
        Currency = currency.ToUpperInvariant();
    }

    public Guid Id { get; }

    public string Name { get; }

    public decimal Price { get; private set; }

    public string Currency { get; }

    public void Reprice(decimal price)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(price);
        Price = decimal.Round(price, 2, MidpointRounding.ToEven);
    }
}
