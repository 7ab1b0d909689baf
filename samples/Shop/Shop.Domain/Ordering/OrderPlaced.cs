using System;
using Shop.Domain.Common;
using Shop.Domain.Customers;

namespace Shop.Domain.Ordering;

[DomainEvent("ordering.order-placed", version: 2)]
public sealed record OrderPlaced(OrderId OrderId, CustomerId CustomerId, Money Total, DateTimeOffset OccurredAt) : IDomainEvent;
