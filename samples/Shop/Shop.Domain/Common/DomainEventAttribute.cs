using System;

namespace Shop.Domain.Common;

/// <summary>
/// The stable, versioned name under which an event is stored in the outbox. Renaming the C# type
/// must never change what downstream consumers receive (ADR-0008).
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class DomainEventAttribute(string name, int version = 1) : Attribute
{
    public string Name { get; } = name;

    public int Version { get; } = version;
}
