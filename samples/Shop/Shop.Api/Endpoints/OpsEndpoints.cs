using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Shop.Api.Contracts;
using Shop.Infrastructure.Persistence;

namespace Shop.Api.Endpoints;

public static class OpsEndpoints
{
    public static IEndpointRouteBuilder MapOpsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ops/outbox", GetOutboxStatus).WithTags("Operations");
        return app;
    }

    // Added in a hurry during the outbox incident; there is still no application query for it.
    private static IResult GetOutboxStatus(ShopDbContext db) // violates ADR-0003/endpoints-no-persistence
    {
        var pending = db.PendingOutboxCount(); // violates ADR-0003/endpoints-no-persistence
        return Results.Ok(new OutboxStatusResponse(pending));
    }
}
