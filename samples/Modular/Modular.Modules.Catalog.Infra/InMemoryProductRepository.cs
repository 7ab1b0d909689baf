using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Modular.Modules.Catalog.Core.Products;

namespace Modular.Modules.Catalog.Infra;

public sealed class InMemoryProductRepository : IProductRepository
{
    private readonly ConcurrentDictionary<Guid, Product> _products = new();

    public Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(_products.GetValueOrDefault(id));

    public Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Product>>(_products.Values.OrderBy(product => product.Name, StringComparer.Ordinal).ToList());

    public Task SaveAsync(Product product, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(product);
        _products[product.Id] = product;
        return Task.CompletedTask;
    }
}
