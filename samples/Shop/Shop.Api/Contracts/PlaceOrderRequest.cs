using System;
using System.Collections.Generic;

namespace Shop.Api.Contracts;

public sealed record PlaceOrderRequest(Guid CustomerId, string Currency, IReadOnlyList<PlaceOrderLineRequest> Lines);

public sealed record PlaceOrderLineRequest(Guid ProductId, int Quantity);
