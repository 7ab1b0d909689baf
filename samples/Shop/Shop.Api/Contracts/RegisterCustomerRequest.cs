namespace Shop.Api.Contracts;

public sealed record RegisterCustomerRequest(string Name, string Email);
