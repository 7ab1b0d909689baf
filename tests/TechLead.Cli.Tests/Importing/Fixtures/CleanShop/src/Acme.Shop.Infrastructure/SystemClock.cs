using System;

namespace Acme.Shop.Infrastructure;

// The composition root may use the real clock: the ban list is not added to this project.
public sealed class SystemClock
{
    public DateTime Now() => DateTime.Now;

    public Guid NewId() => Guid.NewGuid();

    public void Log(string text) => Console.WriteLine(text);
}
