using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Shop.Application.Common;
using Shop.Application.Products;
using Shop.Domain.Customers;
using Shop.Domain.Ordering;
using Shop.Domain.Products;

namespace Shop.Application.Ordering;

public sealed class PlaceOrderCommandHandler(
    ICustomerRepository customers,
    IProductRepository products,
    IOrderRepository orders,
    ProductAvailabilityChecker availability, // violates ADR-0005/application-slices-independent
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<PlaceOrderCommand, Guid>
{
    public async Task<Guid> HandleAsync(PlaceOrderCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var customer = await customers.FindAsync(new CustomerId(command.CustomerId), cancellationToken)
            ?? throw new InvalidOperationException($"Customer {command.CustomerId} does not exist.");

        var productIds = command.Lines.Select(line => line.ProductId).ToList();
        var unavailable = await availability.FindUnavailableAsync(productIds, cancellationToken); // violates ADR-0005/application-slices-independent
        if (unavailable.Count > 0)
        {
            throw new InvalidOperationException($"Products not available: {string.Join(", ", unavailable)}.");
        }

        var order = Order.Start(customer.Id, command.Currency);
        foreach (var line in command.Lines)
        {
            var product = await products.FindAsync(new ProductId(line.ProductId), cancellationToken)
                ?? throw new InvalidOperationException($"Product {line.ProductId} does not exist.");
            order.AddLine(product, line.Quantity);
        }

        order.Place(clock.GetUtcNow());
        orders.Add(order);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return order.Id.Value;
    }
}
