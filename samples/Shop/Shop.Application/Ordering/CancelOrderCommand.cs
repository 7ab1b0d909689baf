using System;

namespace Shop.Application.Ordering;

public sealed record CancelOrderCommand(Guid OrderId, string Reason);
