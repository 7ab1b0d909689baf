using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Input;
using TechLead.Analyzers.Symbols;
using TechLead.Analyzers.Reporting;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules;
using TechLead.Rules.Selectors;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// Checks each reference a source type makes against the dependency kinds (TL0001–TL0004),
/// collects slice edges (TL0005) and matches banned APIs (TL0101). Per-source work is planned
/// once per type, so a type no rule cares about costs one dictionary lookup per reference.
/// </summary>
internal sealed class ReferenceChecker : ITargetJudge
{
    private readonly RoslynTypeModel model;
    private readonly ViolationReporter reporter;
    private readonly PrefixIndex<DependencyConstraint> index;
    private readonly PrefixIndex<BannedApiRule> bans;
    private readonly BannedApiIndex banned;
    private readonly ConcurrentDictionary<INamedTypeSymbol, SourcePlan> plans = PerCompilation.Cache<INamedTypeSymbol, SourcePlan>(SymbolEqualityComparer.Default);
    private readonly ConcurrentDictionary<ISymbol, string> documentationIds = PerCompilation.Cache<ISymbol, string>(SymbolEqualityComparer.Default);
    private readonly Func<INamedTypeSymbol, SourcePlan> planFactory;
    private readonly Func<ISymbol, string> documentationIdFactory;
    private readonly IDependencyListener? listener;
    private readonly WrittenTypeNames? writtenNames;

    /// <param name="inputs">The ADR set in force, with its constraints, bans and scopes compiled once (shared by compilations).</param>
    /// <param name="model">The compilation's type model.</param>
    /// <param name="reporter">Turns violations into diagnostics.</param>
    /// <param name="listener">Hears every dependency of every source type, covered by a rule or not (the CLI's graph); usually null.</param>
    /// <param name="compilation">The compilation, to tell which written names can matter; null = every name can.</param>
    public ReferenceChecker(AdrInputs inputs, RoslynTypeModel model, ViolationReporter reporter, IDependencyListener? listener = null, Compilation? compilation = null)
    {
        this.listener = listener;
        // A listener hears every dependency, so then every name matters.
        writtenNames = listener is null && compilation is not null ? new WrittenTypeNames(compilation, model.GetFullName) : null;
        this.model = model;
        this.reporter = reporter;
        index = inputs.Constraints;
        bans = inputs.BanScopes;
        banned = new BannedApiIndex(inputs.BannedApis);
        planFactory = Plan;
        documentationIdFactory = symbol => this.model.QualifyDocumentationId(symbol, DeclarationIds.Of(symbol));
        Cycles = inputs.ActiveRules.OfType<AcyclicRule>().Select(r => new CycleCollector(r)).ToList();
    }

    public IReadOnlyList<CycleCollector> Cycles { get; }

    /// <summary>False when no dependency, cycle or ban rule exists and no listener hears dependencies: the reference actions need not run.</summary>
    public bool HasRules => listener is not null || !index.IsEmpty || !banned.IsEmpty || Cycles.Count > 0;

    /// <summary>
    /// False when only member bans exist: then no rule can match a referenced type (no dependency or cycle
    /// rule, no <c>T:</c>/<c>N:</c> ban), so <see cref="CheckType"/> would find nothing and the walk of type names
    /// and using directives (<see cref="DependencyWalk"/>), the analyzer's hottest path, need not run.
    /// </summary>
    public bool HasTypeReferenceRules => listener is not null || !index.IsEmpty || banned.HasTypeBans || Cycles.Count > 0;

    /// <summary>The banned APIs, matched against this compilation's symbols as they are used.</summary>
    public BannedApiIndex Banned => banned;

    /// <summary>The plan for a source type; the factory delegate is cached, so a lookup allocates nothing.</summary>
    public SourcePlan PlanFor(INamedTypeSymbol source) => plans.GetOrAdd(source.OriginalDefinition, planFactory);

    /// <summary>True when nothing wants this source type's references: no rule selects it and no listener hears them.</summary>
    public bool Ignores(INamedTypeSymbol source) => listener is null && PlanFor(source).IsEmpty;

    /// <summary>
    /// False when the written name (an identifier, generic or predefined type name) needs no binding: nothing wants
    /// <paramref name="source"/>'s references, or the name cannot stand for a type its rules may flag (see
    /// <see cref="WrittenTypeNames"/>). One plan lookup answers both.
    /// </summary>
    public bool MayMatter(INamedTypeSymbol source, SyntaxNode name)
    {
        if (listener is not null)
        {
            return true;
        }

        var plan = PlanFor(source);
        return !plan.IsEmpty && (writtenNames is null || plan.TargetNames is not { } names || writtenNames.MayName(names, name, this, plan, source.OriginalDefinition));
    }

    /// <summary>
    /// False when no written name in <paramref name="source"/>'s own declarations can be reported: no listener hears its
    /// references, and no dependency constraint, cycle rule or type or namespace ban selects it (member bans at most).
    /// </summary>
    public bool MayFlagWrittenNames(INamedTypeSymbol source)
    {
        if (listener is not null)
        {
            return true;
        }

        var plan = PlanFor(source);
        return plan.Constraints.Count > 0 || plan.Cycles.Count > 0 || (plan.Bans.Count > 0 && banned.HasTypeBans);
    }

    /// <summary>Whether <see cref="CheckType"/> may report a reference from the source to this type: a violation, a cycle edge or a type ban.</summary>
    public bool MayReport(SourcePlan plan, INamedTypeSymbol source, INamedTypeSymbol target)
    {
        var verdict = VerdictFor(plan, source, target.OriginalDefinition);
        return !verdict.IsSameUnit && (verdict.Violations.Count > 0 || verdict.Edges.Count > 0 || (plan.Bans.Count > 0 && HasTypeBan(plan, target)));
    }

    /// <summary>A reference from <paramref name="source"/> to the type <paramref name="target"/> at <paramref name="location"/>.</summary>
    public void CheckType<TSink>(INamedTypeSymbol source, ITypeSymbol target, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        if (target.OriginalDefinition is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error || IsNoDependency(named))
        {
            return;
        }

        source = source.OriginalDefinition;
        listener?.OnDependency(source, DocumentationIdOf(source), named, DocumentationIdOf(named));

        // Cheapest exit first: most source types are selected by no rule.
        var plan = PlanFor(source);
        if (plan.IsEmpty)
        {
            return;
        }

        var verdict = VerdictFor(plan, source, named);
        if (verdict.IsSameUnit)
        {
            return;
        }

        foreach (var (constraint, message) in verdict.Violations)
        {
            reporter.Report(report, new SourceViolation(constraint.Rule, location, message, DocumentationIdOf(source), DocumentationIdOf(named)));
        }

        foreach (var cycles in verdict.Edges)
        {
            cycles.Add(model.GetFullName(source), model.GetFullName(named), new CycleReference(location, DocumentationIdOf(source), DocumentationIdOf(named)));
        }

        if (plan.Bans.Count > 0)
        {
            ReportTypeBans(plan, source, named, location, report);
        }
    }

    /// <summary>
    /// Types no rule may see (rules/0039): an anonymous type has no name to select, and <c>Nullable&lt;T&gt;</c> and
    /// tuples are how C# spells <c>T?</c> and <c>(A, B)</c>, which reference their element types only.
    /// </summary>
    private static bool IsNoDependency(INamedTypeSymbol type) =>
        type.IsAnonymousType || type.IsTupleType || type.SpecialType == SpecialType.System_Nullable_T
        || (type.ContainingNamespace is { Name: "System", ContainingNamespace.IsGlobalNamespace: true } && type.Name == "ValueTuple");

    /// <summary>
    /// A generic instantiation the code uses without writing it (a member's containing type, an inferred type argument):
    /// the type and the type arguments of it and its containing types, each unwrapped (rules/0039).
    /// </summary>
    public void CheckInstantiation<TSink>(INamedTypeSymbol source, INamedTypeSymbol type, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        CheckType(source, type, location, report);
        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var argument in current.TypeArguments)
            {
                CheckTypeDeep(source, argument, location, report);
            }
        }
    }

    /// <summary>Every named type inside a type that was not written out (a <c>var</c>): arrays, pointers and generic arguments unwrapped.</summary>
    public void CheckTypeDeep<TSink>(INamedTypeSymbol source, ITypeSymbol target, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
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
    public void CheckMember<TSink>(INamedTypeSymbol source, ISymbol member, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        var entries = banned.ForMember(member);
        if (entries.Length == 0)
        {
            return;
        }

        var plan = PlanFor(source);
        foreach (var entry in entries)
        {
            if (Applies(plan, entry))
            {
                ReportBan(entry, source.OriginalDefinition, location, report);
            }
        }
    }

    /// <summary>
    /// A use the code does not spell out (an operator, a conversion, <c>foreach</c>, <c>await</c>, a deconstruction,
    /// an initializer's member): not a dependency of its own, but a use of the member, of its containing type
    /// and of that type's type arguments for banned APIs.
    /// </summary>
    public void CheckBannedUse<TSink>(INamedTypeSymbol source, ISymbol member, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        CheckMember(source, member, location, report);
        if (member.ContainingType is { } containing)
        {
            CheckBannedType(source, containing, location, report);
        }
    }

    /// <summary>Bans only (no dependency): the type, its namespaces, and the types inside it (arrays, pointers, type arguments).</summary>
    public void CheckBannedType<TSink>(INamedTypeSymbol source, ITypeSymbol type, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        if (!banned.HasTypeBans)
        {
            return;
        }

        var plan = PlanFor(source);
        if (plan.Bans.Count > 0)
        {
            ReportBannedTypeDeep(plan, source.OriginalDefinition, type, location, report);
        }
    }

    /// <summary>Bans only: the type arguments of a generic type whose definition was checked already.</summary>
    public void CheckBannedTypeArguments<TSink>(INamedTypeSymbol source, INamedTypeSymbol type, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        if (!banned.HasTypeBans || !type.IsGenericType)
        {
            return;
        }

        var plan = PlanFor(source);
        if (plan.Bans.Count == 0)
        {
            return;
        }

        for (var current = type; current is not null; current = current.ContainingType)
        {
            foreach (var argument in current.TypeArguments)
            {
                ReportBannedTypeDeep(plan, source.OriginalDefinition, argument, location, report);
            }
        }
    }

    /// <summary>A <c>using</c> directive naming a banned namespace (reported once, attributed to the first type in scope).</summary>
    public void CheckNamespaceUsing<TSink>(INamespaceSymbol ns, IReadOnlyList<INamedTypeSymbol> typesInScope, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        for (var current = ns; current is { IsGlobalNamespace: false }; current = current.ContainingNamespace)
        {
            foreach (var entry in banned.ForNamespace(current))
            {
                var rule = entry.Rule;
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
                reporter.Report(report, BanViolation(entry, location, from));
            }
        }
    }

    public string DocumentationIdOf(ISymbol symbol) =>
        documentationIds.GetOrAdd(symbol, documentationIdFactory);

    private void ReportBan<TSink>(BannedEntry entry, INamedTypeSymbol source, Location location, TSink report)
        where TSink : struct, IDiagnosticSink =>
        reporter.Report(report, BanViolation(entry, location, DocumentationIdOf(source)));

    private static SourceViolation BanViolation(BannedEntry entry, Location location, string from) =>
        new(entry.Rule, location, ViolationMessages.BannedApi(entry.Rule, entry.Api), from, entry.Api.Symbol.Text)
        {
            DeclaredSeverity = entry.Api.Severity,
            Extra = entry.Api.UseInstead is { Length: > 0 } instead ? [new KeyValuePair<string, string?>(DiagnosticProperties.UseInstead, instead)] : null,
        };

    /// <summary>Whether the entry's rule selects this source type (its <c>in:</c>); rules are few, so a scan is fine.</summary>
    private static bool Applies(SourcePlan plan, BannedEntry entry)
    {
        foreach (var rule in plan.Bans)
        {
            if (ReferenceEquals(rule, entry.Rule))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>T:</c> bans on the type (nested types included, see <see cref="BannedApiIndex"/>); <c>N:</c> bans on its namespace and above.</summary>
    private void ReportTypeBans<TSink>(SourcePlan plan, INamedTypeSymbol source, INamedTypeSymbol type, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        foreach (var entry in banned.ForType(type))
        {
            if (Applies(plan, entry))
            {
                ReportBan(entry, source, location, report);
            }
        }

        if (!banned.HasNamespaceBans)
        {
            return;
        }

        for (var ns = type.ContainingNamespace; ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            foreach (var entry in banned.ForNamespace(ns))
            {
                if (Applies(plan, entry))
                {
                    ReportBan(entry, source, location, report);
                }
            }
        }
    }

    /// <summary>Whether <see cref="ReportTypeBans"/> would report anything for the type.</summary>
    private bool HasTypeBan(SourcePlan plan, INamedTypeSymbol type)
    {
        foreach (var entry in banned.ForType(type))
        {
            if (Applies(plan, entry))
            {
                return true;
            }
        }

        for (var ns = type.ContainingNamespace; banned.HasNamespaceBans && ns is { IsGlobalNamespace: false }; ns = ns.ContainingNamespace)
        {
            foreach (var entry in banned.ForNamespace(ns))
            {
                if (Applies(plan, entry))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private void ReportBannedTypeDeep<TSink>(SourcePlan plan, INamedTypeSymbol source, ITypeSymbol type, Location location, TSink report)
        where TSink : struct, IDiagnosticSink
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                ReportBannedTypeDeep(plan, source, array.ElementType, location, report);
                break;
            case IPointerTypeSymbol pointer:
                ReportBannedTypeDeep(plan, source, pointer.PointedAtType, location, report);
                break;
            case INamedTypeSymbol named when named.TypeKind != TypeKind.Error:
                if (!TypeFamily.AreOneUnit<ITypeSymbol>(source, named.OriginalDefinition, model))
                {
                    ReportTypeBans(plan, source, named, location, report);
                }

                for (var current = named; current is not null; current = current.ContainingType)
                {
                    foreach (var argument in current.TypeArguments)
                    {
                        ReportBannedTypeDeep(plan, source, argument, location, report);
                    }
                }

                break;
        }
    }

    /// <summary>Selectors match a (source, target) pair once per compilation; later references to the same type reuse it.</summary>
    private TargetVerdict VerdictFor(SourcePlan plan, INamedTypeSymbol source, INamedTypeSymbol target)
    {
        if (plan.TryGetVerdict(target, out var verdict))
        {
            return verdict;
        }

        return plan.AddVerdict(target, ComputeVerdict(plan, source, target));
    }

    private TargetVerdict ComputeVerdict(SourcePlan plan, INamedTypeSymbol source, INamedTypeSymbol target)
    {
        if (TypeFamily.AreOneUnit<ITypeSymbol>(source, target, model))
        {
            return TargetVerdict.SameUnit;
        }

        List<(DependencyConstraint, string)>? violations = null;
        foreach (var constraint in plan.Constraints)
        {
            if (constraint.Check<ITypeSymbol>(source, target, model) is { } message)
            {
                (violations ??= []).Add((constraint, message));
            }
        }

        List<CycleCollector>? edges = null;
        if (plan.Cycles.Count > 0)
        {
            var from = model.GetFullName(source);
            var to = model.GetFullName(target);
            foreach (var cycles in plan.Cycles)
            {
                if (cycles.IsEdge(from, to))
                {
                    (edges ??= []).Add(cycles);
                }
            }
        }

        return violations is null && edges is null
            ? TargetVerdict.Clean
            : new TargetVerdict(false, violations ?? (IReadOnlyList<(DependencyConstraint, string)>)[], edges ?? (IReadOnlyList<CycleCollector>)[]);
    }

    private SourcePlan Plan(INamedTypeSymbol source)
    {
        var fullName = model.GetFullName(source);
        var constraints = index.IsEmpty ? [] : index.Candidates(fullName).Where(c => c.AppliesTo<ITypeSymbol>(source, model)).ToList();
        var applicableBans = banned.IsEmpty ? [] : bans.Candidates(fullName).Where(r => r.In is null || r.In.Matches<ITypeSymbol>(source, model)).ToList();
        var cycles = Cycles.Where(c => c.Covers(fullName)).ToList();
        return new SourcePlan(constraints, applicableBans, cycles, TargetNamesFor(source, constraints, applicableBans, cycles));
    }

    /// <summary>
    /// The names a reference must be written with to reach a type these rules may flag: types under the constraints'
    /// target prefixes, the cycle rules' slices and the banned types and namespaces. Null when some rule may flag any type.
    /// </summary>
    private TargetNames? TargetNamesFor(INamedTypeSymbol source, List<DependencyConstraint> constraints, List<BannedApiRule> applicableBans, List<CycleCollector> cycles)
    {
        if (writtenNames is null)
        {
            return null;
        }

        var prefixes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var constraint in constraints)
        {
            if (constraint.TargetPrefixesFrom<ITypeSymbol>(source, model) is not { } targets)
            {
                return null;
            }

            prefixes.UnionWith(targets);
        }

        foreach (var cycle in cycles)
        {
            if (cycle.Rule.Slices.LiteralPrefix.Length == 0)
            {
                return null;
            }

            prefixes.Add(cycle.Rule.Slices.LiteralPrefix);
        }

        foreach (var rule in applicableBans)
        {
            foreach (var api in rule.Apis)
            {
                if (api.Symbol.Prefix is 'T' or 'N')
                {
                    // T:Ns.Outer covers its nested types too (Ns.Outer.Inner), N:Ns everything below it.
                    prefixes.Add(api.Symbol.Name + ".");
                }
            }
        }

        return writtenNames.For(prefixes.ToList());
    }
}
