using Microsoft.CodeAnalysis;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Hears every dependency the analyzer finds, whether or not a rule covers its source, so a picture of the
/// code (the CLI report's namespace graph) uses the very definition of "depends on" the rules are checked
/// with (docs/dependency-forms.md). The driver skips generated code, so neither call comes from it.
/// Calls arrive concurrently: implementations must be thread-safe.
/// </summary>
internal interface IDependencyListener
{
    /// <summary>A type declared in analyzed (hand-written) code.</summary>
    void OnType(INamedTypeSymbol type);

    /// <summary>One reference from <paramref name="source"/> to <paramref name="target"/> (original definitions), with their ids as violations name them.</summary>
    void OnDependency(INamedTypeSymbol source, string sourceId, INamedTypeSymbol target, string targetId);
}
