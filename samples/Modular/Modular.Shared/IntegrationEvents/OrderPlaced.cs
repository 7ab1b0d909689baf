using System;
using System.Collections.Generic;
using Modular.Shared.Messaging;

namespace Modular.Shared.IntegrationEvents;

/// <summary>Published by Ordering once an order is placed; Shipping prepares a shipment from it.</summary>
public sealed record OrderPlaced(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid OrderId,
    string ShippingAddress,
    IReadOnlyList<OrderPlacedLine> Lines) : IIntegrationEvent;

public sealed record OrderPlacedLine(Guid ProductId, string ProductName, int Quantity);
