using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Tests.Support;

/// <summary>
/// Turns a <see cref="ShopCopy"/> into the Shop without its deliberate violations: each marked line gets the
/// smallest fix that keeps the code compiling (a rename, a removed attribute, a missing interface), then every
/// marker comment goes. Each edit must apply exactly once, so a changed sample fails here rather than silently.
/// </summary>
internal static class CleanShop
{
    private static readonly Regex Marker = new(@" // (violates|proposed) ADR-\d{4}/[a-z0-9-]+", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static readonly (string File, string Old, string New)[] Edits =
    [
        ("Shop.Infrastructure/Persistence/OutboxMessage.cs", "ProcessedAt = DateTimeOffset.UtcNow;", "ProcessedAt = TimeProvider.System.GetUtcNow();"),
        ("Shop.Api/Contracts/OrderResponse.cs", "    public required IReadOnlyList<OrderLineSummary> Lines { get; init; } // violates ADR-0004/contracts-are-self-contained\n", string.Empty),
        ("Shop.Api/Contracts/OrderResponse.cs", "using Shop.Application.Ordering;\n", string.Empty),
        ("Shop.Api/Endpoints/OrderEndpoints.cs", "        Lines = summary.Lines,\n", string.Empty),
        ("Shop.Api/Endpoints/OrderEndpoints.cs", "!Enum.GetNames<OrderStatus>().Contains(", "!new[] { \"Pending\", \"Placed\", \"Shipped\", \"Cancelled\" }.Contains("),
        ("Shop.Api/Endpoints/OrderEndpoints.cs", "using Shop.Domain.Ordering;\n", string.Empty),
        ("Shop.Api/Endpoints/OpsEndpoints.cs", "GetOutboxStatus(ShopDbContext db)", "GetOutboxStatus()"),
        ("Shop.Api/Endpoints/OpsEndpoints.cs", "var pending = db.PendingOutboxCount();", "var pending = 0;"),
        ("Shop.Api/Endpoints/OpsEndpoints.cs", "using Shop.Infrastructure.Persistence;\n", string.Empty),
        ("Shop.Api/Endpoints/CustomerEndpoints.cs", "public sealed class CustomerEndpoints // violates ADR-0011/endpoint-modules-are-static\n{\n    private CustomerEndpoints()\n    {\n    }\n", "public static class CustomerEndpoints\n{\n"),
        ("Shop.Domain/Customers/Customer.cs", "[Serializable]\n", string.Empty),
        ("Shop.Domain/Ordering/OrderCancelled.cs", "public sealed record OrderCancelled(", "[DomainEvent(\"ordering.order-cancelled\")]\npublic sealed record OrderCancelled("),
        ("Shop.Domain/Products/Product.cs", "[Table(\"products\")] // violates ADR-0002/no-persistence-in-domain\n", string.Empty),
        ("Shop.Domain/Products/Product.cs", "    [Column(\"sku\")] // violates ADR-0002/no-persistence-in-domain\n", string.Empty),
        ("Shop.Domain/Products/Product.cs", "using System.ComponentModel.DataAnnotations.Schema;\n", string.Empty),
        ("Shop.Domain/Products/Product.cs", "quantity > OrderPolicy.MaxQuantityPerLine)", "quantity > 1000)"),
        ("Shop.Domain/Products/InsufficientStockException.cs", ": InvalidOperationException", ": DomainException"),
        ("Shop.Domain/Products/InsufficientStockException.cs", "using System;\n", "using Shop.Domain.Common;\n"),
        ("Shop.Domain/Common/Address.cs", "public string? Line2 { get; set; }", "public string? Line2 { get; init; }"),
        ("Shop.Application/Ordering/PlaceOrderCommandHandler.cs", "    ProductAvailabilityChecker availability, // violates ADR-0005/application-slices-independent\n", string.Empty),
        ("Shop.Application/Ordering/PlaceOrderCommandHandler.cs", "using Shop.Application.Products;\n", string.Empty),
        ("Shop.Application/Ordering/PlaceOrderCommandHandler.cs", "        var productIds = command.Lines.Select(line => line.ProductId).ToList();\n        var unavailable = await availability.FindUnavailableAsync(productIds, cancellationToken); // violates ADR-0005/application-slices-independent\n        if (unavailable.Count > 0)\n        {\n            throw new InvalidOperationException($\"Products not available: {string.Join(\", \", unavailable)}.\");\n        }\n\n", string.Empty),
        ("Shop.Application/Ordering/CancelOrderCommandHandler.cs", "(IOrderRepository orders, IUnitOfWork unitOfWork)", "(IOrderRepository orders, IUnitOfWork unitOfWork) : ICommandHandler<CancelOrderCommand, bool>"),
        ("Shop.Application/Ordering/CancelOrderCommandHandler.cs", "DateTimeOffset.UtcNow", "TimeProvider.System.GetUtcNow()"),
        ("Shop.Application/Products/ProductQueries.cs", "return JsonSerializer.Serialize(summaries);", "return string.Join(\"\\n\", summaries);"),
        ("Shop.Application/Products/ProductQueries.cs", "using System.Text.Json;\n", string.Empty),
    ];

    /// <summary>Names that break a naming, placement or vocabulary rule, renamed everywhere.</summary>
    private static readonly (string Old, string New)[] Renames =
    [
        ("ProductRepo", "ProductRepository"),
        ("ICustomerReadRepository", "ICustomerReader"),
        ("ArticleSummary", "ProductSummary"),
        ("ClientReference", "CustomerReference"),
    ];

    public static ShopCopy Apply(ShopCopy shop)
    {
        foreach (var (file, oldText, newText) in Edits)
        {
            var path = Path.Combine(shop.Root, file);
            var text = File.ReadAllText(path).ReplaceLineEndings("\n");
            var at = text.IndexOf(oldText, StringComparison.Ordinal);
            if (at < 0 || text.IndexOf(oldText, at + 1, StringComparison.Ordinal) >= 0)
            {
                throw new InvalidOperationException($"samples/Shop changed: '{oldText.Trim()}' is not exactly once in {file}; update CleanShop");
            }

            File.WriteAllText(path, text.Remove(at, oldText.Length).Insert(at, newText));
        }

        foreach (var path in Directory.EnumerateFiles(shop.Root, "*.cs", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(path);
            var clean = Renames.Aggregate(text, (current, rename) => Regex.Replace(current, $@"\b{rename.Old}\b", rename.New, RegexOptions.None, TimeSpan.FromSeconds(1)));
            clean = Marker.Replace(clean, string.Empty);
            if (clean != text)
            {
                File.WriteAllText(path, clean);
            }
        }

        return shop;
    }
}
