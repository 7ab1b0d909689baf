using System;
using System.Threading;
using System.Threading.Tasks;
using Shop.Application.Customers;

namespace Shop.Infrastructure.Persistence.Repositories;

internal sealed class CustomerReadRepository(ShopDbContext db) : ICustomerReadRepository
{
    public async Task<CustomerSummary?> FindSummaryAsync(Guid customerId, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(candidate => candidate.Id.Value == customerId, cancellationToken);
        return customer is null
            ? null
            : new CustomerSummary(customer.Id.Value, customer.Name, customer.Email.Value, customer.ShippingAddress?.City);
    }
}
