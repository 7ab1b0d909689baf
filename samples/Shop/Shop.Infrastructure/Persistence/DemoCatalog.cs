using Shop.Domain.Common;
using Shop.Domain.Products;

namespace Shop.Infrastructure.Persistence;

/// <summary>A few products so a freshly started shop has something to sell.</summary>
internal static class DemoCatalog
{
    public static void Seed(ShopDbContext db)
    {
        db.Products.Add(new Product(ProductId.New(), new Sku("TEA-0001"), "Assam breakfast tea, 250 g", new Money(6.90m, "EUR"), 120));
        db.Products.Add(new Product(ProductId.New(), new Sku("TEA-0002"), "Sencha green tea, 100 g", new Money(8.50m, "EUR"), 40));
        db.Products.Add(new Product(ProductId.New(), new Sku("POT-0001"), "Cast-iron teapot, 0.8 l", new Money(39.00m, "EUR"), 5));
    }
}
