namespace Acme.Platform.Modules;

public sealed class ModuleInfo
{
    public string Name { get; init; } = "orders";

    public static string Route() => Acme.Platform.Modules.Orders.Api.OrdersEndpoint.Path; // -> Acme.Platform.Modules.Orders.Api
}
