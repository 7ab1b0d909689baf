using System;

namespace TechLead.Rules.Selectors;

/// <summary>
/// A type and the types nested in it are one unit. Two consequences, defined here once for every engine:
/// references among one family are not dependencies, and a <c>T:</c> ban covers the family below the
/// banned type. Works on the names an <see cref="ITypeModel{TType}"/> gives (<c>Shop.Order.Line</c>
/// with namespace <c>Shop</c>), without allocating.
/// </summary>
public static class TypeFamily
{
    /// <summary>True when both types have the same outermost type (<c>Shop.Order</c> for <c>Shop.Order.Line.Part</c>).</summary>
    public static bool AreOneUnit(string fullName, string @namespace, string otherFullName, string otherNamespace)
    {
        var length = OutermostLength(fullName, @namespace);
        return length == OutermostLength(otherFullName, otherNamespace) && string.CompareOrdinal(fullName, 0, otherFullName, 0, length) == 0;
    }

    public static bool AreOneUnit<TType>(TType type, TType other, ITypeModel<TType> model) =>
        AreOneUnit(model.GetFullName(type), model.GetNamespace(type), model.GetFullName(other), model.GetNamespace(other));

    /// <summary>The outermost containing type's full name: <c>Shop.Order</c> for <c>Shop.Order.Line</c> in namespace <c>Shop</c>.</summary>
    public static string Outermost(string fullName, string @namespace)
    {
        var length = OutermostLength(fullName, @namespace);
        return length == fullName.Length ? fullName : fullName.Substring(0, length);
    }

    /// <summary>True when the type is <paramref name="outerType"/> (a full name) or nested in it at any depth.</summary>
    public static bool IsTypeOrNestedIn(string fullName, string @namespace, string outerType)
    {
        // Nested: the outer name is a prefix ending before a '.' that lies past the namespace.
        return DottedName.IsAtOrUnder(fullName, outerType)
            && (fullName.Length == outerType.Length || outerType.Length > @namespace.Length);
    }

    public static bool IsTypeOrNestedIn<TType>(TType type, string outerType, ITypeModel<TType> model) =>
        IsTypeOrNestedIn(model.GetFullName(type), model.GetNamespace(type), outerType);

    private static int OutermostLength(string fullName, string @namespace)
    {
        var start = @namespace.Length == 0 ? 0 : @namespace.Length + 1;
        var dot = start < fullName.Length ? fullName.IndexOf('.', start) : -1;
        return dot < 0 ? fullName.Length : dot;
    }
}
