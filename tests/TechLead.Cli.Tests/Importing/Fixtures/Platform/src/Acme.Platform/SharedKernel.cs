using System;

namespace Acme.Platform.SharedKernel;

public abstract class Entity
{
    public Guid Id { get; } = Guid.NewGuid();

    public bool IsOrder() => this is Acme.Platform.Modules.Orders.Domain.Order; // -> Acme.Platform.Modules.Orders.Domain
}
