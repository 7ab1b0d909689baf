namespace Acme.Shop.Domain;

public readonly record struct Money(decimal Amount, string Currency)
{
    public static implicit operator Money(decimal amount) => new(amount, "EUR");

    public Money Add(Money other) => new(Amount + other.Amount, Currency);
}
