using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Catalog.Core.Products;
using Modular.Modules.Catalog.Infra;

namespace Modular.Modules.Catalog.Api;

/// <summary>The Catalog module's public face: its service registrations and its HTTP endpoints.</summary>
public static class CatalogModule
{
    public static IServiceCollection AddCatalogModule(this IServiceCollection services)
    {
        services.AddSingleton<IProductRepository, InMemoryProductRepository>();
        services.AddScoped<ProductService>();
        return services;
    }

    public static IEndpointRouteBuilder MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var products = app.MapGroup("/catalog/products").WithTags("Catalog");
        products.MapGet("/", ListProducts);
        products.MapPost("/", CreateProduct);
        products.MapPut("/{id:guid}/price", RepriceProduct);
        return app;
    }

    private static async Task<IResult> ListProducts(IProductRepository products, CancellationToken cancellationToken) =>
        Results.Ok(await products.ListAsync(cancellationToken));

    private static async Task<IResult> CreateProduct(CreateProductRequest request, ProductService service, CancellationToken cancellationToken)
    {
        var id = await service.CreateAsync(request.Name, request.Price, request.Currency, cancellationToken);
        return Results.Created($"/catalog/products/{id}", new { id });
    }

    private static async Task<IResult> RepriceProduct(Guid id, RepriceProductRequest request, ProductService service, CancellationToken cancellationToken) =>
        await service.RepriceAsync(id, request.Price, cancellationToken) ? Results.NoContent() : Results.NotFound();
}
