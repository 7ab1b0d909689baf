namespace TechLead.Conformance.Infrastructure;

/// <summary>
/// The one place where engine names are normalised before comparison. Every engine keys a violation by
/// doc-comment IDs (<c>T:Conf.Forms.ViaField</c>, <c>M:...</c>, the banned symbol as written);
/// a type ID becomes its full name (nesting with '.', metadata arity), other IDs stay as they are.
/// </summary>
internal static class ConformanceNames
{
    public static string Normalize(string? documentationId)
    {
        if (string.IsNullOrEmpty(documentationId))
        {
            return string.Empty;
        }

        return documentationId.StartsWith("T:", System.StringComparison.Ordinal) ? documentationId.Substring(2) : documentationId;
    }
}
