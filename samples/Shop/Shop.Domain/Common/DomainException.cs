using System;

namespace Shop.Domain.Common;

/// <summary>A business rule was broken. The API turns these into 409/422 problem details (ADR-0014).</summary>
public abstract class DomainException : Exception
{
    protected DomainException(string message)
        : base(message)
    {
    }
}
