namespace Shop.Api.Contracts;

public sealed record CancelOrderRequest(string Reason);
