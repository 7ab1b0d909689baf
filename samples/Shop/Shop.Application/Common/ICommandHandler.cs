using System.Threading;
using System.Threading.Tasks;

namespace Shop.Application.Common;

/// <summary>Handles one command: a use case that changes state. Every <c>*CommandHandler</c> implements it (ADR-0009).</summary>
public interface ICommandHandler<in TCommand, TResult>
{
    Task<TResult> HandleAsync(TCommand command, CancellationToken cancellationToken);
}
