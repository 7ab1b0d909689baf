using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Common;
using Shop.Domain.Customers;

namespace Shop.Infrastructure.Persistence.Repositories;

internal sealed class CustomerRepository(ShopDbContext db) : ICustomerRepository
{
    public Task<Customer?> FindAsync(CustomerId id, CancellationToken cancellationToken) =>
        db.Customers.FirstOrDefaultAsync(customer => customer.Id == id, cancellationToken);

    public Task<bool> IsEmailTakenAsync(EmailAddress email, CancellationToken cancellationToken) =>
        db.Customers.AnyAsync(customer => customer.Email == email, cancellationToken);

    public void Add(Customer customer) => db.Customers.Add(customer);
}
