using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Products;

namespace Shop.Application.Products;

public sealed class ProductQueries(IProductRepository products)
{
    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await products.ListAsync(cancellationToken);
        return all
            .Select(product => new ArticleSummary(product.Id.Value, product.Sku.Value, product.Name, product.Price.Amount, product.Price.Currency, product.StockOnHand))
            .ToList();
    }

    /// <summary>The nightly price feed for the comparison portals.</summary>
    public async Task<string> ExportPriceFeedAsync(CancellationToken cancellationToken)
    {
        var summaries = await ListAsync(cancellationToken);
        return JsonSerializer.Serialize(summaries); // proposed ADR-0012/no-serialization-in-application
    }
}
