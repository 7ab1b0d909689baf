using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Shop.Api.Contracts;
using Shop.Application.Common;
using Shop.Application.Ordering;
using Shop.Domain.Ordering;

namespace Shop.Api.Endpoints;

public static class OrderEndpoints
{
    public static IEndpointRouteBuilder MapOrderEndpoints(this IEndpointRouteBuilder app)
    {
        var orders = app.MapGroup("/orders").WithTags("Orders");
        orders.MapGet("/", ListOrders);
        orders.MapGet("/{id:guid}", GetOrder);
        orders.MapPost("/", PlaceOrder);
        orders.MapPost("/{id:guid}/cancellation", CancelOrder);
        return app;
    }

    private static async Task<IResult> ListOrders(string? status, OrderQueries queries, CancellationToken cancellationToken)
    {
        // Reject unknown filters with a 400 rather than letting the query fail with a 500.
        if (status is not null && !Enum.GetNames<OrderStatus>().Contains(status, StringComparer.OrdinalIgnoreCase)) // violates ADR-0001/strict-layers
        {
            return Results.Problem($"Unknown order status '{status}'.", statusCode: StatusCodes.Status400BadRequest);
        }

        var found = await queries.ListAsync(status, cancellationToken);
        return Results.Ok(found.Select(ToResponse).ToList());
    }

    private static async Task<IResult> GetOrder(Guid id, OrderQueries queries, CancellationToken cancellationToken)
    {
        var summary = await queries.GetAsync(id, cancellationToken);
        return summary is null ? Results.NotFound() : Results.Ok(ToResponse(summary));
    }

    private static async Task<IResult> PlaceOrder(
        PlaceOrderRequest request,
        ICommandHandler<PlaceOrderCommand, Guid> handler,
        CancellationToken cancellationToken)
    {
        var lines = request.Lines.Select(line => new PlaceOrderLine(line.ProductId, line.Quantity)).ToList();
        var id = await handler.HandleAsync(new PlaceOrderCommand(request.CustomerId, request.Currency, lines), cancellationToken);
        return Results.Created($"/orders/{id}", new { id });
    }

    private static async Task<IResult> CancelOrder(
        Guid id,
        CancelOrderRequest request,
        CancelOrderCommandHandler handler,
        CancellationToken cancellationToken)
    {
        var cancelled = await handler.HandleAsync(new CancelOrderCommand(id, request.Reason), cancellationToken);
        return cancelled ? Results.NoContent() : Results.NotFound();
    }

    private static OrderResponse ToResponse(OrderSummary summary) => new()
    {
        Id = summary.Id,
        Status = summary.Status,
        Total = summary.Total,
        Currency = summary.Currency,
        PlacedAt = summary.PlacedAt,
        Lines = summary.Lines,
    };
}
