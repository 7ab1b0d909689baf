using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Model;
using TechLead.Analyzers.Reporting;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules;

namespace TechLead.Analyzers.Engine;

/// <summary>
/// Checks each reference a source type makes against the dependency kinds (TL0001–TL0004),
/// collects slice edges (TL0005) and matches banned APIs (TL0101). Per-source work is planned
/// once per type, so a type no rule cares about costs one dictionary lookup per reference.
/// </summary>
internal sealed class ReferenceChecker
{
    private readonly RoslynTypeModel model;
    private readonly ViolationReporter reporter;
    private readonly ConstraintIndex index;
    private readonly List<BannedApiRule> bans;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SourcePlan> plans = new(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, string> documentationIds = new(SymbolEqualityComparer.Default);

    public ReferenceChecker(IReadOnlyList<Rule> activeRules, RoslynTypeModel model, ViolationReporter reporter)
    {
        this.model = model;
        this.reporter = reporter;
        index = new ConstraintIndex(DependencyConstraint.Compile(activeRules));
        bans = activeRules.OfType<BannedApiRule>().ToList();
        Cycles = activeRules.OfType<AcyclicRule>().Select(r => new CycleCollector(r)).ToList();
    }

    public IReadOnlyList<CycleCollector> Cycles { get; }

    /// <summary>False when no dependency, cycle or ban rule exists: the reference actions need not run.</summary>
    public bool HasRules => !index.IsEmpty || bans.Count > 0 || Cycles.Count > 0;

    public bool HasNamespaceBans => bans.Any(r => r.Apis.Any(a => a.Symbol.IsNamespace));

    public SourcePlan PlanFor(INamedTypeSymbol source) => plans.GetOrAdd(source.OriginalDefinition, Plan);

    /// <summary>A reference from <paramref name="source"/> to the type <paramref name="target"/> at <paramref name="location"/>.</summary>
    public void CheckType(INamedTypeSymbol source, ITypeSymbol target, Location location, Action<Diagnostic> report)
    {
        if (target.OriginalDefinition is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error || IsSameFamily(source, named))
        {
            return;
        }

        source = source.OriginalDefinition;
        var plan = PlanFor(source);
        if (plan.IsEmpty)
        {
            return;
        }

        foreach (var constraint in plan.Constraints)
        {
            if (constraint.Check<ITypeSymbol>(source, named, model) is { } message)
            {
                reporter.Report(report, new Violation(constraint.Rule, location, message, DocumentationIdOf(source), DocumentationIdOf(named)));
            }
        }

        if (plan.Cycles.Count > 0)
        {
            var from = model.GetFullName(source);
            var to = model.GetFullName(named);
            foreach (var cycles in plan.Cycles)
            {
                cycles.Add(from, to, new CycleReference(location, DocumentationIdOf(source), DocumentationIdOf(named)));
            }
        }

        foreach (var rule in plan.Bans)
        {
            foreach (var api in rule.Apis)
            {
                if (BansType(api, named))
                {
                    ReportBan(rule, api, source, location, report);
                }
            }
        }
    }

    /// <summary>Every named type inside a type that was not written out (a <c>var</c>): arrays, pointers and generic arguments unwrapped.</summary>
    public void CheckTypeDeep(INamedTypeSymbol source, ITypeSymbol target, Location location, Action<Diagnostic> report)
    {
        switch (target)
        {
            case IArrayTypeSymbol array:
                CheckTypeDeep(source, array.ElementType, location, report);
                break;
            case IPointerTypeSymbol pointer:
                CheckTypeDeep(source, pointer.PointedAtType, location, report);
                break;
            case INamedTypeSymbol named:
                CheckType(source, named, location, report);
                foreach (var argument in named.TypeArguments)
                {
                    CheckTypeDeep(source, argument, location, report);
                }

                break;
        }
    }

    /// <summary>A use of a member (method, property, field, event, constructor): only member-level bans apply here.</summary>
    public void CheckMember(INamedTypeSymbol source, ISymbol member, Location location, Action<Diagnostic> report)
    {
        var plan = PlanFor(source);
        if (plan.Bans.Count == 0)
        {
            return;
        }

        var definition = member is IMethodSymbol { ReducedFrom: { } reduced } ? reduced : member.OriginalDefinition;
        var id = DocumentationIdOf(definition);
        if (id.Length == 0)
        {
            return;
        }

        foreach (var rule in plan.Bans)
        {
            foreach (var api in rule.Apis)
            {
                if (api.Symbol.Prefix != 'T' && !api.Symbol.IsNamespace && api.Symbol.MatchesDeclarationId(id))
                {
                    ReportBan(rule, api, source.OriginalDefinition, location, report);
                }
            }
        }
    }

    /// <summary>A <c>using</c> directive naming a banned namespace (reported once, attributed to the first type in scope).</summary>
    public void CheckNamespaceUsing(string namespaceName, IReadOnlyList<INamedTypeSymbol> typesInScope, Location location, Action<Diagnostic> report)
    {
        foreach (var rule in bans)
        {
            foreach (var api in rule.Apis)
            {
                if (!api.Symbol.CoversNamespace(namespaceName))
                {
                    continue;
                }

                INamedTypeSymbol? attributed = null;
                foreach (var type in typesInScope)
                {
                    if (rule.In is null || rule.In.Matches<ITypeSymbol>(type, model))
                    {
                        attributed = type;
                        break;
                    }
                }

                if (attributed is null && rule.In is not null)
                {
                    continue;
                }

                var from = attributed is null ? string.Empty : DocumentationIdOf(attributed);
                reporter.Report(report, BanViolation(rule, api, location, from));
            }
        }
    }

    public string DocumentationIdOf(ISymbol symbol) =>
        documentationIds.GetOrAdd(symbol, s => model.QualifyDocumentationId(s, DeclarationIds.Of(s)));

    private void ReportBan(BannedApiRule rule, BannedApi api, INamedTypeSymbol source, Location location, Action<Diagnostic> report) =>
        reporter.Report(report, BanViolation(rule, api, location, DocumentationIdOf(source)));

    private static Violation BanViolation(BannedApiRule rule, BannedApi api, Location location, string from) =>
        new(rule, location, ViolationMessages.BannedApi(rule, api), from, api.Symbol.Text)
        {
            DeclaredSeverity = api.Severity,
            Extra = api.UseInstead is { Length: > 0 } instead ? [new KeyValuePair<string, string?>(DiagnosticProperties.UseInstead, instead)] : null,
        };

    /// <summary><c>T:</c> bans cover the type and its nested types; <c>N:</c> bans the namespace and below.</summary>
    private bool BansType(BannedApi api, INamedTypeSymbol target)
    {
        if (api.Symbol.IsNamespace)
        {
            return api.Symbol.CoversNamespace(model.GetNamespace(target));
        }

        if (api.Symbol.Prefix != 'T')
        {
            return false;
        }

        for (INamedTypeSymbol? type = target; type is not null; type = type.ContainingType)
        {
            if (api.Symbol.MatchesDeclarationId(DocumentationIdOf(type)))
            {
                return true;
            }
        }

        return false;
    }

    private SourcePlan Plan(INamedTypeSymbol source)
    {
        var fullName = model.GetFullName(source);
        var constraints = index.IsEmpty ? [] : index.Candidates(fullName).Where(c => c.AppliesTo<ITypeSymbol>(source, model)).ToList();
        var applicableBans = bans.Where(r => r.In is null || r.In.Matches<ITypeSymbol>(source, model)).ToList();
        var cycles = Cycles.Where(c => c.Covers(fullName)).ToList();
        return new SourcePlan(constraints, applicableBans, cycles);
    }

    /// <summary>A type and its nested types are one unit: references among them are not dependencies.</summary>
    private static bool IsSameFamily(INamedTypeSymbol source, INamedTypeSymbol target) =>
        SymbolEqualityComparer.Default.Equals(Outermost(source.OriginalDefinition), Outermost(target));

    private static INamedTypeSymbol Outermost(INamedTypeSymbol type)
    {
        while (type.ContainingType is { } container)
        {
            type = container;
        }

        return type.OriginalDefinition;
    }
}
