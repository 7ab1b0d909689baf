using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Modular.Shared.Messaging;

namespace Modular.Host;

/// <summary>
/// Delivers integration events to every subscribed module in the same process. Swapping it for a
/// message broker is the first step of extracting a module into its own service (ADR-0001).
/// </summary>
internal sealed class InProcessEventBus(IServiceProvider services) : IEventBus
{
    public async Task PublishAsync<TEvent>(TEvent integrationEvent, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent
    {
        foreach (var handler in services.GetServices<IIntegrationEventHandler<TEvent>>())
        {
            await handler.HandleAsync(integrationEvent, cancellationToken);
        }
    }
}
