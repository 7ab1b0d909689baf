using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Shop.Application.Common;
using Shop.Domain.Common;
using Shop.Domain.Customers;
using Shop.Domain.Ordering;
using Shop.Domain.Products;

namespace Shop.Infrastructure.Persistence;

/// <summary>
/// The shop's unit of work. Saving moves every pending domain event into the outbox, so state
/// changes and the events describing them are committed together.
/// </summary>
public sealed class ShopDbContext : IUnitOfWork
{
    public DbSet<Customer> Customers { get; } = new();

    public DbSet<Order> Orders { get; } = new();

    public DbSet<Product> Products { get; } = new();

    public DbSet<OutboxMessage> OutboxMessages { get; } = new();

    public Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        MoveEventsToOutbox(Customers.Snapshot());
        MoveEventsToOutbox(Orders.Snapshot());
        MoveEventsToOutbox(Products.Snapshot());
        return Task.CompletedTask;
    }

    public int PendingOutboxCount() => OutboxMessages.Snapshot().Count(message => message.ProcessedAt is null);

    private void MoveEventsToOutbox<TId>(IEnumerable<AggregateRoot<TId>> aggregates)
        where TId : struct, IEquatable<TId>
    {
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                OutboxMessages.Add(OutboxMessage.From(domainEvent));
            }

            aggregate.ClearDomainEvents();
        }
    }
}
