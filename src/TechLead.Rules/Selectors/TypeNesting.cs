namespace TechLead.Rules.Selectors;

/// <summary>Whether a type is declared inside another type, read from the names every engine gives (rules/0065).</summary>
internal static class TypeNesting
{
    /// <summary>
    /// A nested type's full name holds its containing types between the namespace and its own name
    /// (<c>Shop.Order.Line</c> in namespace <c>Shop</c>), so it is longer than the namespace and the simple name alone.
    /// </summary>
    public static bool IsNested<TType>(TType type, ITypeModel<TType> model)
    {
        var ns = model.GetNamespace(type);
        var topLevelLength = (ns.Length == 0 ? 0 : ns.Length + 1) + model.GetName(type).Length;
        return model.GetFullName(type).Length != topLevelLength;
    }
}
