using System;

namespace Acme.Billing;

/// <summary>An amount in one currency; arithmetic through operators, as money types do.</summary>
public readonly struct Money : IEquatable<Money>
{
    public Money(decimal amount, string currency)
    {
        Amount = amount;
        Currency = currency;
    }

    public decimal Amount { get; }

    public string Currency { get; }

    public static Money Zero => new Money(0m, "EUR");

    public static Money operator +(Money left, Money right) => new Money(left.Amount + right.Amount, left.Currency);

    public static Money operator -(Money left, Money right) => new Money(left.Amount - right.Amount, left.Currency);

    public static Money operator *(Money money, int factor) => new Money(money.Amount * factor, money.Currency);

    public static bool operator ==(Money left, Money right) => left.Equals(right);

    public static bool operator !=(Money left, Money right) => !left.Equals(right);

    public static implicit operator Money(decimal amount) => new Money(amount, "EUR");

    public static explicit operator decimal(Money money) => money.Amount;

    public static explicit operator double(Money money) => (double)money.Amount;

    public void Deconstruct(out decimal amount, out string currency)
    {
        amount = Amount;
        currency = Currency;
    }

    public bool Equals(Money other) => Amount == other.Amount && Currency == other.Currency;

    public override bool Equals(object? obj) => obj is Money other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Amount, Currency);
}
