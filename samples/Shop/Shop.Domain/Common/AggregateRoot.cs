using System;
using System.Collections.Generic;

namespace Shop.Domain.Common;

/// <summary>
/// The entry point of a consistency boundary. Aggregates record what happened as domain events;
/// persistence turns them into outbox messages when the unit of work commits.
/// </summary>
public abstract class AggregateRoot<TId> : Entity<TId>
    where TId : struct, IEquatable<TId>
{
    private readonly List<IDomainEvent> _domainEvents = [];

    protected AggregateRoot(TId id)
        : base(id)
    {
    }

    public IReadOnlyList<IDomainEvent> DomainEvents => _domainEvents;

    public void ClearDomainEvents() => _domainEvents.Clear();

    protected void Raise(IDomainEvent domainEvent) => _domainEvents.Add(domainEvent);
}
