using System.Threading;
using System.Threading.Tasks;

namespace Shop.Application.Common;

/// <summary>Commits everything a use case changed, together with the domain events it raised.</summary>
public interface IUnitOfWork
{
    Task SaveChangesAsync(CancellationToken cancellationToken);
}
