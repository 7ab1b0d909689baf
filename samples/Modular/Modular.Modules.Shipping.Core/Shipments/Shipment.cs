using System;
using System.Collections.Generic;

namespace Modular.Modules.Shipping.Core.Shipments;

/// <summary>What leaves the warehouse for one order. Shipping knows products only by id and name.</summary>
public sealed class Shipment
{
    public Shipment(Guid orderId, string address, IReadOnlyDictionary<Guid, int> quantities, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        OrderId = orderId;
        Address = address;
        Quantities = quantities;
        CreatedAt = createdAt;
        Status = ShipmentStatus.AwaitingPicking;
    }

    public Guid OrderId { get; }

    public string Address { get; }

    public IReadOnlyDictionary<Guid, int> Quantities { get; }

    public DateTimeOffset CreatedAt { get; }

    public ShipmentStatus Status { get; private set; }

    public DateTimeOffset? DispatchedAt { get; private set; }

    public void Dispatch(DateTimeOffset now)
    {
        if (Status != ShipmentStatus.AwaitingPicking)
        {
            throw new InvalidOperationException($"Shipment for order {OrderId} was already dispatched.");
        }

        Status = ShipmentStatus.Dispatched;
        DispatchedAt = now;
    }
}
