using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace Modular.Modules.Ordering.Core.Pricing;

/// <summary>
/// The prices Ordering sells at. It is fed by Catalog's events rather than by calling Catalog,
/// so Ordering keeps working (at the last known prices) when Catalog changes or is down.
/// </summary>
public sealed class PriceList
{
    private readonly ConcurrentDictionary<Guid, PricedProduct> _prices = new();

    public void Apply(PricedProduct product)
    {
        ArgumentNullException.ThrowIfNull(product);

        // Events can arrive out of order; an older price never overwrites a newer one.
        _prices.AddOrUpdate(
            product.ProductId,
            product,
            (_, current) => current.PricedAt > product.PricedAt ? current : product);
    }

    public PricedProduct? Find(Guid productId) => _prices.GetValueOrDefault(productId);
}
