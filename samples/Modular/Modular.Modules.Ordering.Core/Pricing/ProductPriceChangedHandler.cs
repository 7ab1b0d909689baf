using System;
using System.Threading;
using System.Threading.Tasks;
using Modular.Shared.IntegrationEvents;
using Modular.Shared.Messaging;

namespace Modular.Modules.Ordering.Core.Pricing;

public sealed class ProductPriceChangedHandler(PriceList priceList) : IIntegrationEventHandler<ProductPriceChanged>
{
    public Task HandleAsync(ProductPriceChanged integrationEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        priceList.Apply(new PricedProduct(
            integrationEvent.ProductId,
            integrationEvent.Name,
            integrationEvent.Price,
            integrationEvent.Currency,
            integrationEvent.OccurredAt));
        return Task.CompletedTask;
    }
}
