using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Products;

namespace Shop.Application.Products;

/// <summary>Tells which products cannot be sold right now (unknown or out of stock).</summary>
public sealed class ProductAvailabilityChecker(IProductRepository products)
{
    public async Task<IReadOnlyList<Guid>> FindUnavailableAsync(IEnumerable<Guid> productIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(productIds);
        var unavailable = new List<Guid>();
        foreach (var id in productIds)
        {
            var product = await products.FindAsync(new ProductId(id), cancellationToken);
            if (product is null || product.StockOnHand == 0)
            {
                unavailable.Add(id);
            }
        }

        return unavailable;
    }
}
