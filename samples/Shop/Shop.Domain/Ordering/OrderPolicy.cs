namespace Shop.Domain.Ordering;

/// <summary>Limits the business agreed for web orders; larger orders go through B2B sales.</summary>
public static class OrderPolicy
{
    /// <summary>The most units of one product a single order line may hold.</summary>
    public static int MaxQuantityPerLine { get; } = 50;
}
