using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Analysis;
using TechLead.Analyzers.Symbols;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;

namespace TechLead.Cli.Checking;

/// <summary>
/// Tallies, from the analyzer's own dependency walk, which components of the <c>diagram</c> rules have types and which
/// dependencies cross between them: the drift a check reports (an arrow nothing uses) and the counts <c>adr show</c> prints.
/// </summary>
internal sealed class DiagramUsageListener(DiagramUsage usage, IReadOnlyList<DiagramRule> rules, RoslynTypeModel model) : IDependencyListener
{
    public void OnType(INamedTypeSymbol type) => usage.AddType<ITypeSymbol>(rules, type, model);

    public void OnDependency(INamedTypeSymbol source, string sourceId, INamedTypeSymbol target, string targetId) =>
        usage.AddDependency<ITypeSymbol>(rules, source, sourceId, target, targetId, model);
}

/// <summary>Tells each of several listeners about every type and dependency.</summary>
internal sealed class DependencyListeners(IReadOnlyList<IDependencyListener> listeners) : IDependencyListener
{
    public void OnType(INamedTypeSymbol type)
    {
        foreach (var listener in listeners)
        {
            listener.OnType(type);
        }
    }

    public void OnDependency(INamedTypeSymbol source, string sourceId, INamedTypeSymbol target, string targetId)
    {
        foreach (var listener in listeners)
        {
            listener.OnDependency(source, sourceId, target, targetId);
        }
    }
}
