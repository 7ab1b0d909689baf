using System;
using System.Threading;
using Acme.Shop.Domain;

namespace Acme.Shop.Application;

public sealed class PlaceOrderHandler(TimeProvider clock)
{
    public Order Handle()
    {
        var order = Order.PlaceWith(Guid.NewGuid(), clock);
        Console.WriteLine("placed " + order.Id);
        return order;
    }

    public Order HandleLegacy()
    {
        Thread.Sleep(10);
        var stamp = DateTime.UtcNow;
        return new Order(new Guid("8f6c4a7e-6a53-4a5e-9f2e-0d1b2c3d4e5f"), stamp);
    }

    public int Roll() => new Random().Next(6);

    public int RollSeeded() => new Random(42).Next(6);

    public void OnExit() => AppDomain.CurrentDomain.ProcessExit += (_, _) => Console.Out.Flush();

    public string Read(string path) => System.IO.File.ReadAllText(path);
}
