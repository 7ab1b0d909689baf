using System;
using Modular.Shared.Messaging;

namespace Modular.Shared.IntegrationEvents;

/// <summary>Published by Catalog when a product is created or repriced; Ordering keeps its own price list from it.</summary>
public sealed record ProductPriceChanged(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid ProductId,
    string Name,
    decimal Price,
    string Currency) : IIntegrationEvent;
