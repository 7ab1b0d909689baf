using System;
using System.Threading;
using System.Threading.Tasks;
using Shop.Application.Common;
using Shop.Domain.Common;
using Shop.Domain.Customers;

namespace Shop.Application.Customers;

public sealed class RegisterCustomerCommandHandler(
    ICustomerRepository customers,
    IUnitOfWork unitOfWork,
    TimeProvider clock) : ICommandHandler<RegisterCustomerCommand, Guid>
{
    public async Task<Guid> HandleAsync(RegisterCustomerCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var email = new EmailAddress(command.Email);
        if (await customers.IsEmailTakenAsync(email, cancellationToken))
        {
            throw new InvalidOperationException($"A customer with e-mail {email} is already registered.");
        }

        var customer = Customer.Register(command.Name, email, clock.GetUtcNow());
        customers.Add(customer);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return customer.Id.Value;
    }
}
