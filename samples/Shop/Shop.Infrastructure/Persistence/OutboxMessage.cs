using System;
using System.Reflection;
using System.Text.Json;
using Shop.Domain.Common;

namespace Shop.Infrastructure.Persistence;

/// <summary>A domain event stored in the same transaction as the change that raised it, relayed to the bus later.</summary>
public sealed class OutboxMessage
{
    private OutboxMessage(Guid id, string type, string payload, DateTimeOffset occurredAt)
    {
        Id = id;
        Type = type;
        Payload = payload;
        OccurredAt = occurredAt;
    }

    public Guid Id { get; }

    /// <summary>The event's stable name and version, e.g. <c>ordering.order-placed.v2</c>.</summary>
    public string Type { get; }

    public string Payload { get; }

    public DateTimeOffset OccurredAt { get; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public static OutboxMessage From(IDomainEvent domainEvent)
    {
        ArgumentNullException.ThrowIfNull(domainEvent);
        var eventType = domainEvent.GetType();

        // Events without a declared name fall back to the CLR name, which breaks consumers on every rename.
        var name = eventType.GetCustomAttribute<DomainEventAttribute>() is { } declared
            ? $"{declared.Name}.v{declared.Version}"
            : eventType.FullName ?? eventType.Name;
        return new OutboxMessage(Guid.NewGuid(), name, JsonSerializer.Serialize(domainEvent, eventType), domainEvent.OccurredAt);
    }

    public void MarkProcessed() => ProcessedAt = DateTimeOffset.UtcNow; // violates ADR-0007/use-time-provider
}
