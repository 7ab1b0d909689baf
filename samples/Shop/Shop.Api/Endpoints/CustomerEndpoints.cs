using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Shop.Api.Contracts;
using Shop.Application.Common;
using Shop.Application.Customers;

namespace Shop.Api.Endpoints;

public sealed class CustomerEndpoints // violates ADR-0011/endpoint-modules-are-static
{
    private CustomerEndpoints()
    {
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customers").WithTags("Customers");
        customers.MapPost("/", Register);
        customers.MapGet("/{id:guid}", GetCustomer);
    }

    private static async Task<IResult> Register(
        RegisterCustomerRequest request,
        ICommandHandler<RegisterCustomerCommand, Guid> handler,
        CancellationToken cancellationToken)
    {
        var id = await handler.HandleAsync(new RegisterCustomerCommand(request.Name, request.Email), cancellationToken);
        return Results.Created($"/customers/{id}", new { id });
    }

    private static async Task<IResult> GetCustomer(Guid id, ICustomerReadRepository customers, CancellationToken cancellationToken)
    {
        var summary = await customers.FindSummaryAsync(id, cancellationToken);
        return summary is null ? Results.NotFound() : Results.Ok(summary);
    }
}
