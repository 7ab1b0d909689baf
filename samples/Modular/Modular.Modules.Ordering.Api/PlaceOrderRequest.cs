using System;
using System.Collections.Generic;

namespace Modular.Modules.Ordering.Api;

public sealed record PlaceOrderRequest(string Currency, string ShippingAddress, IReadOnlyList<PlaceOrderLineRequest> Lines);

public sealed record PlaceOrderLineRequest(Guid ProductId, int Quantity);
