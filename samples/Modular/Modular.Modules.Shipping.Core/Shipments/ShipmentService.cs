using System;
using System.Threading;
using System.Threading.Tasks;

namespace Modular.Modules.Shipping.Core.Shipments;

public sealed class ShipmentService(IShipmentRepository shipments, TimeProvider clock)
{
    public async Task<bool> DispatchAsync(Guid orderId, CancellationToken cancellationToken)
    {
        var shipment = await shipments.FindByOrderAsync(orderId, cancellationToken);
        if (shipment is null)
        {
            return false;
        }

        shipment.Dispatch(clock.GetUtcNow());
        await shipments.SaveAsync(shipment, cancellationToken);
        return true;
    }
}
