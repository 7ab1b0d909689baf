using System.Threading;
using System.Threading.Tasks;
using Shop.Domain.Common;

namespace Shop.Domain.Customers;

public interface ICustomerRepository
{
    Task<Customer?> FindAsync(CustomerId id, CancellationToken cancellationToken);

    Task<bool> IsEmailTakenAsync(EmailAddress email, CancellationToken cancellationToken);

    void Add(Customer customer);
}
