using System;

namespace Modular.Modules.Ordering.Core.Orders;

public sealed record OrderLine(Guid ProductId, string ProductName, int Quantity, decimal UnitPrice)
{
    public decimal Total => UnitPrice * Quantity;
}
