using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Modular.Modules.Catalog.Api;
using Modular.Modules.Ordering.Api;
using Modular.Modules.Shipping.Api;
using Modular.Shared.Messaging;

namespace Modular.Host;

public static class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddProblemDetails();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddScoped<IEventBus, InProcessEventBus>();
        builder.Services.AddCatalogModule();
        builder.Services.AddOrderingModule();
        builder.Services.AddShippingModule();

        var app = builder.Build();
        app.UseExceptionHandler();
        app.MapCatalogEndpoints();
        app.MapOrderingEndpoints();
        app.MapShippingEndpoints();
        app.Run();
    }
}
