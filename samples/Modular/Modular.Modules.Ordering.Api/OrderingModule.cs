using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Ordering.Core.Orders;
using Modular.Modules.Ordering.Core.Pricing;
using Modular.Modules.Ordering.Infra;
using Modular.Shared.IntegrationEvents;
using Modular.Shared.Messaging;

namespace Modular.Modules.Ordering.Api;

/// <summary>The Ordering module's public face: its service registrations, event subscriptions and HTTP endpoints.</summary>
public static class OrderingModule
{
    public static IServiceCollection AddOrderingModule(this IServiceCollection services)
    {
        services.AddSingleton<PriceList>();
        services.AddSingleton<IOrderRepository, InMemoryOrderRepository>();
        services.AddScoped<OrderService>();
        services.AddScoped<IIntegrationEventHandler<ProductPriceChanged>, ProductPriceChangedHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapOrderingEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/ordering/orders").WithTags("Ordering");
        orders.MapPost("/", PlaceOrder);
        orders.MapGet("/{id:guid}", GetOrder);
        return app;
    }

    private static async Task<IResult> PlaceOrder(PlaceOrderRequest request, OrderService service, CancellationToken cancellationToken)
    {
        var lines = request.Lines.Select(line => (line.ProductId, line.Quantity)).ToList();
        var id = await service.PlaceAsync(request.Currency, request.ShippingAddress, lines, cancellationToken);
        return Results.Created($"/ordering/orders/{id}", new { id });
    }

    private static async Task<IResult> GetOrder(Guid id, IOrderRepository orders, CancellationToken cancellationToken)
    {
        var order = await orders.FindAsync(id, cancellationToken);
        return order is null ? Results.NotFound() : Results.Ok(order);
    }
}
