namespace Shop.Application.Customers;

public sealed record RegisterCustomerCommand(string Name, string Email);
