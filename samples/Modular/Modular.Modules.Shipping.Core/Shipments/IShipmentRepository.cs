using System;
using System.Threading;
using System.Threading.Tasks;

namespace Modular.Modules.Shipping.Core.Shipments;

public interface IShipmentRepository
{
    Task<Shipment?> FindByOrderAsync(Guid orderId, CancellationToken cancellationToken);

    Task SaveAsync(Shipment shipment, CancellationToken cancellationToken);
}
