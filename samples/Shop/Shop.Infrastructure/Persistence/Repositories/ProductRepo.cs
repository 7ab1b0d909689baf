using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Products;

namespace Shop.Infrastructure.Persistence.Repositories;

internal sealed class ProductRepo(ShopDbContext db) : IProductRepository // violates ADR-0009/repository-suffix
{
    public Task<Product?> FindAsync(ProductId id, CancellationToken cancellationToken) =>
        db.Products.FirstOrDefaultAsync(product => product.Id == id, cancellationToken);

    public Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken) =>
        db.Products.ToListAsync(predicate: null, cancellationToken);

    public void Add(Product product) => db.Products.Add(product);
}
