namespace Acme.Shop.Domain.Legacy;

public static class LegacyPricing
{
    public static decimal Discount(decimal price) => price * 0.9m;
}
