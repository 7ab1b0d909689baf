using System;

namespace Shop.Application.Customers;

public sealed record CustomerSummary(Guid Id, string Name, string Email, string? ShippingCity);
