using System.Collections.Generic;

namespace TechLead.Fitness.Evaluation;

/// <summary>
/// What an engine knows about one type under test: the types it depends on (docs/adr-format.md, already
/// without itself, its nesting relatives and compiler-generated types), the members it uses (doc-comment
/// IDs, property/event accessors also under their P:/E: ID) and the names it declares.
/// </summary>
internal sealed class TypeFacts<TType>
{
    public TypeFacts(TType type) => Type = type;

    public TType Type { get; }

    /// <summary>The class the compiler synthesized for top-level statements: type-level rules skip it, as in the analyzer.</summary>
    public bool IsTopLevelProgram { get; init; }

    /// <summary>Declared in generated files only (an EF model snapshot): the analyzer skips generated code, so type-level rules do too (rules/0039).</summary>
    public bool IsGenerated { get; init; }

    public HashSet<TType> Dependencies { get; } = [];

    public HashSet<string> MemberUses { get; } = [];

    public List<DeclaredName> DeclaredNames { get; } = [];

    /// <summary>The members the user declared in the type (<c>members</c> rules).</summary>
    public List<DeclaredMember> DeclaredMembers { get; } = [];
}

/// <summary>A declared name (type, member, parameter, type parameter) and the doc-comment ID of its declaring symbol.</summary>
internal readonly record struct DeclaredName(string Name, string DocumentationId);
