using System;
using System.Collections.Generic;

namespace Shop.Application.Ordering;

public sealed record PlaceOrderCommand(Guid CustomerId, string Currency, IReadOnlyList<PlaceOrderLine> Lines);

public sealed record PlaceOrderLine(Guid ProductId, int Quantity);
