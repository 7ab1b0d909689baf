using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Domain.Products;

public interface IProductRepository
{
    Task<Product?> FindAsync(ProductId id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken);

    void Add(Product product);
}
