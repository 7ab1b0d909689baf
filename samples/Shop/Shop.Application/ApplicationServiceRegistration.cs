using System;
using Microsoft.Extensions.DependencyInjection;
using Shop.Application.Common;
using Shop.Application.Customers;
using Shop.Application.Ordering;
using Shop.Application.Products;

namespace Shop.Application;

public static class ApplicationServiceRegistration
{
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ICommandHandler<PlaceOrderCommand, Guid>, PlaceOrderCommandHandler>();
        services.AddScoped<CancelOrderCommandHandler>();
        services.AddScoped<OrderQueries>();
        services.AddScoped<ICommandHandler<RegisterCustomerCommand, Guid>, RegisterCustomerCommandHandler>();
        services.AddScoped<ProductQueries>();
        services.AddScoped<ProductAvailabilityChecker>();
        return services;
    }
}
