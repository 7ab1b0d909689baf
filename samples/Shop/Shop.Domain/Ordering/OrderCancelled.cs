using System;
using Shop.Domain.Common;

namespace Shop.Domain.Ordering;

public sealed record OrderCancelled(OrderId OrderId, string Reason, DateTimeOffset OccurredAt) : IDomainEvent; // violates ADR-0008/domain-events-are-named
