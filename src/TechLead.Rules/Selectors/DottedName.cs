namespace TechLead.Rules.Selectors;

/// <summary>
/// Names made of dot-joined segments (namespaces, full type names). Prefixes compare by whole segments:
/// <c>Shop.Domain.Order</c> lies under <c>Shop.Domain</c>, <c>Shop.DomainEvents</c> does not.
/// </summary>
public static class DottedName
{
    /// <summary>
    /// True when <paramref name="name"/> is <paramref name="prefix"/> or lies below it. The prefix may be written
    /// with its trailing dot (<c>Shop.Domain.</c>, as selectors' required prefixes are); every name lies under the
    /// empty prefix (the global namespace).
    /// </summary>
    public static bool IsAtOrUnder(string name, string prefix)
    {
        var length = prefix.Length > 0 && prefix[prefix.Length - 1] == '.' ? prefix.Length - 1 : prefix.Length;
        return length == 0
            || (name.Length >= length
                && string.CompareOrdinal(name, 0, prefix, 0, length) == 0
                && (name.Length == length || name[length] == '.'));
    }
}
