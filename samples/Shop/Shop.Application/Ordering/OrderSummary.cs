using System;
using System.Collections.Generic;

namespace Shop.Application.Ordering;

public sealed record OrderSummary(
    Guid Id,
    Guid CustomerId,
    string Status,
    decimal Total,
    string Currency,
    DateTimeOffset? PlacedAt,
    IReadOnlyList<OrderLineSummary> Lines);

public sealed record OrderLineSummary(Guid ProductId, string ProductName, int Quantity, decimal UnitPrice);
