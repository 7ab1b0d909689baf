using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TechLead.Fitness.Evaluation;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// What a Cecil pass over method bodies adds for one user type (its compiler-generated nested types' code, such as
/// lambdas, iterators and async state machines, folds into it): the members it uses (doc-comment IDs) and the names
/// it declares.
/// </summary>
internal sealed class CecilTypeScan(TypeDefinition type)
{
    public TypeDefinition Type { get; } = type;

    public HashSet<string> MemberUses { get; } = new(StringComparer.Ordinal);

    public List<DeclaredName> DeclaredNames { get; } = [];

    public List<DeclaredMember> DeclaredMembers { get; } = [];
}
