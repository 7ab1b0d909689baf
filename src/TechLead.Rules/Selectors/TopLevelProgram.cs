namespace TechLead.Rules.Selectors;

/// <summary>
/// The <c>Program</c> class the compiler synthesizes for top-level statements lives in the global namespace, yet
/// users see it as their project's entry point. Every engine names it <c>&lt;namespace&gt;.Program</c>: the
/// project's root namespace where the engine knows it (the analyzer), else the assembly name (compiled assemblies
/// do not record the root namespace). Engines recognise it by its entry point method; this names it.
/// </summary>
public static class TopLevelProgram
{
    /// <summary>The synthesized class's metadata name, in the global namespace.</summary>
    public const string TypeName = "Program";

    /// <summary>The synthesized entry point method (<c>WellKnownMemberNames.TopLevelStatementsEntryPointMethodName</c>).</summary>
    public const string EntryPointMethodName = "<Main>$";

    /// <summary>The namespace the synthesized <c>Program</c> counts in: the root namespace when set, else the assembly name.</summary>
    public static string NamespaceFor(string? rootNamespace, string assemblyName) =>
        string.IsNullOrWhiteSpace(rootNamespace) ? assemblyName : rootNamespace!.Trim();

    /// <summary>
    /// A doc-comment ID whose name starts at the global <c>Program</c> (<c>T:Program</c>, <c>M:Program.Helper</c>,
    /// <c>T:Program.Nested</c>) with <paramref name="namespaceName"/> in front (<c>T:Acme.Api.Program</c>).
    /// </summary>
    public static string QualifyDocumentationId(string id, string namespaceName)
    {
        const int NameStart = 2;
        var startsAtProgram = id.Length >= NameStart + TypeName.Length
            && id[1] == ':'
            && string.CompareOrdinal(id, NameStart, TypeName, 0, TypeName.Length) == 0
            && (id.Length == NameStart + TypeName.Length || id[NameStart + TypeName.Length] is '.' or '(' or '~');
        return startsAtProgram && namespaceName.Length > 0 ? id.Substring(0, NameStart) + namespaceName + "." + id.Substring(NameStart) : id;
    }

    /// <summary>
    /// The reverse of <see cref="QualifyDocumentationId"/>: the compiler's own ID (<c>T:Program</c>) for an ID that names
    /// the top-level <c>Program</c> under <paramref name="namespaceName"/> (<c>T:Acme.Api.Program</c>), else null.
    /// </summary>
    public static string? UnqualifyDocumentationId(string id, string namespaceName)
    {
        const int NameStart = 2;
        if (namespaceName.Length == 0 || id.Length < NameStart || id[1] != ':')
        {
            return null;
        }

        var prefix = namespaceName + "." + TypeName;
        var end = NameStart + prefix.Length;
        var namesProgram = id.Length >= end
            && string.CompareOrdinal(id, NameStart, prefix, 0, prefix.Length) == 0
            && (id.Length == end || id[end] is '.' or '(' or '~');
        return namesProgram ? id.Substring(0, NameStart) + id.Substring(NameStart + namespaceName.Length + 1) : null;
    }
}
