using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Shipping.Core.Shipments;
using Modular.Modules.Shipping.Infra;
using Modular.Shared.IntegrationEvents;
using Modular.Shared.Messaging;

namespace Modular.Modules.Shipping.Api;

/// <summary>The Shipping module's public face: its service registrations, event subscriptions and HTTP endpoints.</summary>
public static class ShippingModule
{
    public static IServiceCollection AddShippingModule(this IServiceCollection services)
    {
        services.AddSingleton<IShipmentRepository, InMemoryShipmentRepository>();
        services.AddScoped<ShipmentService>();
        services.AddScoped<IIntegrationEventHandler<OrderPlaced>, OrderPlacedHandler>();
        return services;
    }

    public static IEndpointRouteBuilder MapShippingEndpoints(this IEndpointRouteBuilder app)
    {
        var shipments = app.MapGroup("/shipping/shipments").WithTags("Shipping");
        shipments.MapGet("/{orderId:guid}", GetShipment);
        shipments.MapPost("/{orderId:guid}/dispatch", DispatchShipment);
        return app;
    }

    private static async Task<IResult> GetShipment(Guid orderId, IShipmentRepository shipments, CancellationToken cancellationToken)
    {
        var shipment = await shipments.FindByOrderAsync(orderId, cancellationToken);
        return shipment is null ? Results.NotFound() : Results.Ok(shipment);
    }

    private static async Task<IResult> DispatchShipment(Guid orderId, ShipmentService service, CancellationToken cancellationToken) =>
        await service.DispatchAsync(orderId, cancellationToken) ? Results.NoContent() : Results.NotFound();
}
