namespace Shop.Domain.Common;

/// <summary>Marks a type that is defined only by its values: sealed, immutable, compared by value (ADR-0008).</summary>
public interface IValueObject
{
}
