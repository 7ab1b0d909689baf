namespace Shop.Api.Contracts;

public sealed record OutboxStatusResponse(int PendingMessages);
