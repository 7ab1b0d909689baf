using System;
using System.Collections.Generic;
using Shop.Application.Ordering;

namespace Shop.Api.Contracts;

/// <summary>An order as the storefront and the mobile app see it (published to them as a package).</summary>
public sealed record OrderResponse
{
    public required Guid Id { get; init; }

    public required string Status { get; init; }

    public required decimal Total { get; init; }

    public required string Currency { get; init; }

    public DateTimeOffset? PlacedAt { get; init; }

    public required IReadOnlyList<OrderLineSummary> Lines { get; init; } // violates ADR-0004/contracts-are-self-contained
}
