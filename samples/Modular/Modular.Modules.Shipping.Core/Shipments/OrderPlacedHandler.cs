using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Modular.Shared.IntegrationEvents;
using Modular.Shared.Messaging;

namespace Modular.Modules.Shipping.Core.Shipments;

/// <summary>Prepares a shipment for every placed order. Idempotent, because the bus may deliver an event twice.</summary>
public sealed class OrderPlacedHandler(IShipmentRepository shipments, TimeProvider clock) : IIntegrationEventHandler<OrderPlaced>
{
    public async Task HandleAsync(OrderPlaced integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        if (await shipments.FindByOrderAsync(integrationEvent.OrderId, cancellationToken) is not null)
        {
            return;
        }

        var quantities = integrationEvent.Lines
            .GroupBy(line => line.ProductId)
            .ToDictionary(group => group.Key, group => group.Sum(line => line.Quantity));
        await shipments.SaveAsync(
            new Shipment(integrationEvent.OrderId, integrationEvent.ShippingAddress, quantities, clock.GetUtcNow()),
            cancellationToken);
    }
}
