using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Shop.Application.Products;

namespace Shop.Api.Endpoints;

public static class ProductEndpoints
{
    public static IEndpointRouteBuilder MapProductEndpoints(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/products").WithTags("Products");
        products.MapGet("/", ListProducts);
        products.MapGet("/price-feed", GetPriceFeed);
        return app;
    }

    private static async Task<IResult> ListProducts(ProductQueries queries, CancellationToken cancellationToken) =>
        Results.Ok(await queries.ListAsync(cancellationToken));

    private static async Task<IResult> GetPriceFeed(ProductQueries queries, CancellationToken cancellationToken) =>
        Results.Text(await queries.ExportPriceFeedAsync(cancellationToken), "application/json");
}
