using System;
using System.Threading;
using System.Threading.Tasks;
using Shop.Application.Common;
using Shop.Domain.Ordering;

namespace Shop.Application.Ordering;

/// <summary>Written before ICommandHandler existed; the endpoint calls it directly.</summary>
public sealed class CancelOrderCommandHandler(IOrderRepository orders, IUnitOfWork unitOfWork) // violates ADR-0009/command-handlers-implement-interface
{
    public async Task<bool> HandleAsync(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var order = await orders.FindAsync(new OrderId(command.OrderId), cancellationToken);
        if (order is null)
        {
            return false;
        }

        order.Cancel(command.Reason, DateTimeOffset.UtcNow); // violates ADR-0007/use-time-provider
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return true;
    }
}
