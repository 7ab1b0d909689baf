using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace Modular.Modules.Catalog.Core.Products;

public interface IProductRepository
{
    Task<Product?> FindAsync(Guid id, CancellationToken cancellationToken);

    Task<IReadOnlyList<Product>> ListAsync(CancellationToken cancellationToken);

    Task SaveAsync(Product product, CancellationToken cancellationToken);
}
