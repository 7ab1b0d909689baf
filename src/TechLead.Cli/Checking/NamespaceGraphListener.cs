using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Analysis;
using TechLead.Analyzers.Symbols;
using TechLead.Rules.Evaluation;

namespace TechLead.Cli.Checking;

/// <summary>
/// Draws the analyzer's dependencies into a <see cref="NamespaceGraph"/>: every reference the analyzer checks, from
/// hand-written code (the analyzer skips generated code), to a type of the solution or an external one (shown when a
/// rule names it). Types the compiler makes up (embedded attributes) and the global namespace are left out; the top-level
/// <c>Program</c> counts in its project's root namespace, as in the messages.
/// </summary>
internal sealed class NamespaceGraphListener(NamespaceGraph graph, RoslynTypeModel model, IReadOnlyList<DependencyConstraint> constraints) : IDependencyListener
{
    private static readonly HashSet<string> CompilerSupport = new(StringComparer.Ordinal) { "System.Runtime.CompilerServices", "System.Diagnostics.CodeAnalysis" };

    private readonly ConcurrentDictionary<INamedTypeSymbol, bool> named = new(SymbolEqualityComparer.Default);

    public void OnType(INamedTypeSymbol type)
    {
        if (NamespaceOf(type) is { } ns && !CompilerSupport.Contains(ns))
        {
            graph.AddNamespace(ns);
        }
    }

    public void OnDependency(INamedTypeSymbol source, string sourceId, INamedTypeSymbol target, string targetId)
    {
        if (NamespaceOf(source) is not { } from || NamespaceOf(target) is not { } to || CompilerSupport.Contains(from)
            || (target.IsImplicitlyDeclared && !RoslynTypeModel.IsTopLevelProgram(target)))
        {
            return;
        }

        var inSolution = !CompilerSupport.Contains(to) && target.Locations.Any(l => l.IsInSource);
        graph.AddReference(from, sourceId, to, targetId, toExternal: !inSolution, named: !inSolution && named.GetOrAdd(target, IsNamedByARule));
    }

    private bool IsNamedByARule(INamedTypeSymbol type) => constraints.Any(c => c.Names<ITypeSymbol>(type, model));

    private string? NamespaceOf(INamedTypeSymbol type) => model.GetNamespace(type) is { Length: > 0 } ns ? ns : null;
}
