using System;

namespace Modular.Modules.Ordering.Core.Pricing;

/// <summary>Ordering's own copy of a product's name and price, as last announced by Catalog.</summary>
public sealed record PricedProduct(Guid ProductId, string Name, decimal Price, string Currency, DateTimeOffset PricedAt);
