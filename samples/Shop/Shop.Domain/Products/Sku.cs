using System;
using Shop.Domain.Common;

namespace Shop.Domain.Products;

/// <summary>The stock-keeping unit printed on shelf labels, e.g. <c>TEA-0042</c>.</summary>
public sealed record Sku : IValueObject
{
    public Sku(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (value.Length > 16)
        {
            throw new ArgumentException("A SKU has at most 16 characters.", nameof(value));
        }

        Value = value.ToUpperInvariant();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
