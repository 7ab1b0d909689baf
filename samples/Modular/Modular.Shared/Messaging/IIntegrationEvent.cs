using System;

namespace Modular.Shared.Messaging;

/// <summary>A fact one module publishes for the others. The only way modules talk to each other (ADR-0001).</summary>
public interface IIntegrationEvent
{
    Guid EventId { get; }

    DateTimeOffset OccurredAt { get; }
}
