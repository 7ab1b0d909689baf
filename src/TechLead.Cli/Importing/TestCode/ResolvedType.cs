namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The type a <c>typeof(X)</c> names, as a rule needs it: <see cref="FullName"/> in TechLead's spelling (nested types
/// joined by <c>.</c>, generic arity as in metadata: <c>Repo`1</c>), its <see cref="Namespace"/>, and the
/// <see cref="Assembly"/> it is compiled into, or null with <see cref="WhyNoAssembly"/> when that is unknown.
/// </summary>
internal sealed record ResolvedType(string FullName, string Namespace, string? Assembly, string WhyNoAssembly = "")
{
    /// <summary>Whether the type is an interface: <c>AreAssignableTo</c> becomes <c>implements</c> for one, <c>inherits</c> otherwise.</summary>
    public bool IsInterface { get; init; }

    /// <summary>Whether the type is sealed: reflection's attribute lookups by type also match subclasses of one that is not.</summary>
    public bool IsSealed { get; init; }

    /// <summary>The simple name with its arity: <c>Repo`1</c>.</summary>
    public string Name => FullName.Split('.')[^1];
}
