using System;
using System.Threading;
using System.Threading.Tasks;
using Modular.Shared.IntegrationEvents;
using Modular.Shared.Messaging;

namespace Modular.Modules.Catalog.Core.Products;

/// <summary>Catalogue use cases. Every price change is announced, because Ordering prices orders from its own copy.</summary>
public sealed class ProductService(IProductRepository products, IEventBus bus, TimeProvider clock)
{
    public async Task<Guid> CreateAsync(string name, decimal price, string currency, CancellationToken cancellationToken)
    {
        var product = new Product(Guid.NewGuid(), name, price, currency);
        await products.SaveAsync(product, cancellationToken);
        await AnnounceAsync(product, cancellationToken);
        return product.Id;
    }

    public async Task<bool> RepriceAsync(Guid productId, decimal price, CancellationToken cancellationToken)
    {
        var product = await products.FindAsync(productId, cancellationToken);
        if (product is null)
        {
            return false;
        }

        product.Reprice(price);
        await products.SaveAsync(product, cancellationToken);
        await AnnounceAsync(product, cancellationToken);
        return true;
    }

    private Task AnnounceAsync(Product product, CancellationToken cancellationToken) =>
        bus.PublishAsync(
            new ProductPriceChanged(Guid.NewGuid(), clock.GetUtcNow(), product.Id, product.Name, product.Price, product.Currency),
            cancellationToken);
}
