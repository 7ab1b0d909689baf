using Microsoft.Extensions.DependencyInjection;
using Shop.Application.Common;
using Shop.Application.Customers;
using Shop.Domain.Customers;
using Shop.Domain.Ordering;
using Shop.Domain.Products;
using Shop.Infrastructure.Persistence;
using Shop.Infrastructure.Persistence.Repositories;
using Shop.Infrastructure.Web;

namespace Shop.Infrastructure;

public static class InfrastructureServiceRegistration
{
    public static IServiceCollection AddInfrastructure(this IServiceCollection services)
    {
        // One in-memory store per process; a real database would make this scoped.
        services.AddSingleton(_ =>
        {
            var db = new ShopDbContext();
            DemoCatalog.Seed(db);
            return db;
        });
        services.AddSingleton<IUnitOfWork>(provider => provider.GetRequiredService<ShopDbContext>());
        services.AddScoped<ICustomerRepository, CustomerRepository>();
        services.AddScoped<IOrderRepository, OrderRepository>();
        services.AddScoped<IProductRepository, ProductRepo>();
        services.AddScoped<ICustomerReadRepository, CustomerReadRepository>();
        services.AddExceptionHandler<DomainExceptionHandler>();
        return services;
    }
}
