using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Modular.Modules.Shipping.Core.Shipments;

namespace Modular.Modules.Shipping.Infra;

public sealed class InMemoryShipmentRepository : IShipmentRepository
{
    private readonly ConcurrentDictionary<Guid, Shipment> _byOrder = new();

    public Task<Shipment?> FindByOrderAsync(Guid orderId, CancellationToken cancellationToken) =>
        Task.FromResult(_byOrder.GetValueOrDefault(orderId));

    public Task SaveAsync(Shipment shipment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shipment);
        _byOrder[shipment.OrderId] = shipment;
        return Task.CompletedTask;
    }
}
