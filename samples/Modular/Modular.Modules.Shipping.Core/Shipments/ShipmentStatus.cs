namespace Modular.Modules.Shipping.Core.Shipments;

public enum ShipmentStatus
{
    AwaitingPicking,
    Dispatched,
}
