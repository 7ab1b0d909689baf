using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Shop.Api.Endpoints;
using Shop.Application;
using Shop.Infrastructure;

namespace Shop.Api;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddProblemDetails();
        builder.Services.AddApplication();
        builder.Services.AddInfrastructure();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        app.MapOrderEndpoints();
        app.MapProductEndpoints();
        app.MapOpsEndpoints();
        CustomerEndpoints.Map(app);

        app.Run();
    }
}
