using System;

namespace Shop.Application.Products;

public sealed record ArticleSummary(Guid ProductId, string Sku, string Name, decimal Price, string Currency, int StockOnHand); // violates ADR-0010/ubiquitous-language
