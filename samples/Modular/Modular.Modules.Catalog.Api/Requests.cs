namespace Modular.Modules.Catalog.Api;

public sealed record CreateProductRequest(string Name, decimal Price, string Currency);

public sealed record RepriceProductRequest(decimal Price);
