using System;
using Shop.Domain.Common;

namespace Shop.Domain.Customers;

[DomainEvent("customers.customer-registered")]
public sealed record CustomerRegistered(CustomerId CustomerId, EmailAddress Email, DateTimeOffset OccurredAt) : IDomainEvent;
