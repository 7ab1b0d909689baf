using System;
using System.Threading;
using System.Threading.Tasks;

namespace Shop.Application.Customers;

/// <summary>A read-only shortcut for customer screens, implemented with a projection in infrastructure.</summary>
public interface ICustomerReadRepository // violates ADR-0009/repository-interfaces-in-domain
{
    Task<CustomerSummary?> FindSummaryAsync(Guid customerId, CancellationToken cancellationToken);
}
