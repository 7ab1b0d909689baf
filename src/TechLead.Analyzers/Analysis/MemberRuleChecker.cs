using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers.Reporting;
using TechLead.Analyzers.Symbols;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Analyzers.Analysis;

/// <summary>
/// <c>members</c> rules (TL0207) on each member the user declared, at its identifier. The rules whose <c>types</c> select a
/// declaring type are found once per type (a prefix lookup, then the selector): most members cost one dictionary read.
/// </summary>
internal sealed class MemberRuleChecker
{
    /// <summary>Up to this many rules, each type is matched against all of them (allocation-free) instead of through the index.</summary>
    private const int FewRules = 16;

    /// <summary>Shared by every type no rule selects (never added to).</summary>
    private static readonly List<MembersRule> None = [];

    private static readonly Dictionary<MembersRule, string> NoTimeouts = [];

    private readonly PrefixIndex<MembersRule> rules;

    /// <summary>Null without members rules: a compilation (a keystroke in the IDE) then pays nothing for the kind.</summary>
    private readonly ConcurrentDictionary<INamedTypeSymbol, List<MembersRule>>? rulesByType;
    private readonly System.Func<INamedTypeSymbol, List<MembersRule>> rulesFor;
    private readonly RoslynTypeModel types;
    private readonly RoslynMemberModel members;
    private readonly ViolationReporter reporter;
    private readonly ReferenceChecker ids;

    public MemberRuleChecker(PrefixIndex<MembersRule> rules, RoslynTypeModel types, ViolationReporter reporter, ReferenceChecker ids)
    {
        this.rules = rules;
        rulesByType = rules.Count == 0 ? null : PerCompilation.Cache<INamedTypeSymbol, List<MembersRule>>(SymbolEqualityComparer.Default);
        rulesFor = RulesFor;
        this.types = types;
        members = new RoslynMemberModel(types);
        this.reporter = reporter;
        this.ids = ids;
        foreach (var rule in rules.All)
        {
            includesOverrides |= rule.Members.IncludesOverrides;
        }
    }

    /// <summary>Whether a rule selects overrides too (<c>include-overrides</c>): only then are override symbols looked at.</summary>
    private readonly bool includesOverrides;

    private ConcurrentDictionary<MembersRule, string>? timeouts;

    /// <summary>Rules whose regex timed out, with the member it timed out on: TL9002 at the rule, reported at compilation end.</summary>
    public IReadOnlyDictionary<MembersRule, string> TimedOut => timeouts ?? (IReadOnlyDictionary<MembersRule, string>)NoTimeouts;

    public bool HasRules => rules.Count > 0;

    /// <summary>Whether a rule has <c>must-exist</c>: those are checked once per type, from the type's symbol action.</summary>
    public bool HasExistenceRules
    {
        get
        {
            foreach (var rule in rules.All)
            {
                if (rule.Conditions.MustExist)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// <c>must-exist</c> rules on a source type, at <paramref name="location"/> (its identifier): the type must declare a member
    /// the rule describes. Lists the type's members only when such a rule selects it.
    /// </summary>
    public void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol type, Location location)
    {
        List<ISymbol>? declared = null;
        foreach (var rule in RulesOf(type))
        {
            if (!rule.Conditions.MustExist)
            {
                continue;
            }

            declared ??= RoslynMemberModel.DeclaredMembersOf(type);
            var typeName = types.GetFullName(type);
            var message = rule.CheckExists<ITypeSymbol, ISymbol>(type, types, declared, members, out var timedOut);
            if (timedOut)
            {
                System.Threading.LazyInitializer.EnsureInitialized(ref timeouts, static () => new ConcurrentDictionary<MembersRule, string>())!.TryAdd(rule, typeName);
            }
            else if (message is not null)
            {
                reporter.Report(new SymbolSink(context), new SourceViolation(rule, location, message, ids.DocumentationIdOf(type), string.Empty));
            }
        }
    }

    /// <summary>Checks the member a method, field or event symbol stands for (<see cref="RoslynMemberModel.DeclaredMember"/>).</summary>
    public void Analyze(SymbolAnalysisContext context, ISymbol symbol)
    {
        if ((RoslynMemberModel.DeclaredMember(symbol) ?? (includesOverrides ? RoslynMemberModel.WrittenOverride(symbol) : null)) is not { } member)
        {
            return;
        }

        Check(context, member);
        if (member is IMethodSymbol { MethodKind: MethodKind.Constructor, ContainingType.IsRecord: true } constructor && IsPrimary(constructor))
        {
            CheckPositionalProperties(context, constructor);
        }
    }

    /// <summary>
    /// The properties a record's parameter list declares: the user wrote them, but their accessors are implicitly declared,
    /// so no accessor symbol action reaches them. Found by name from the primary constructor (cheaper than listing the
    /// record's members, which makes the compiler build every synthesized one: 20 KiB per edited record in the IDE probe).
    /// </summary>
    private void CheckPositionalProperties(SymbolAnalysisContext context, IMethodSymbol constructor)
    {
        foreach (var parameter in constructor.Parameters)
        {
            foreach (var candidate in constructor.ContainingType.GetMembers(parameter.Name))
            {
                if (candidate is IPropertySymbol property && RoslynMemberModel.IsDeclared(property)
                    && (property.GetMethod ?? property.SetMethod) is { IsImplicitlyDeclared: true })
                {
                    Check(context, property);
                }
            }
        }
    }

    /// <summary>The primary constructor is located at the record's name (compared by location: no syntax or allocation needed).</summary>
    private static bool IsPrimary(IMethodSymbol constructor)
    {
        if (constructor.Locations.IsEmpty)
        {
            return false;
        }

        foreach (var location in constructor.ContainingType.Locations)
        {
            if (location == constructor.Locations[0])
            {
                return true;
            }
        }

        return false;
    }

    private void Check(SymbolAnalysisContext context, ISymbol member)
    {
        var type = RoslynMemberModel.DeclaringType(member);
        var candidates = RulesOf(type);
        if (candidates.Count == 0 || FirstSourceLocation(member) is not { } location)
        {
            return;
        }

        var typeName = types.GetFullName(type);
        foreach (var rule in candidates)
        {
            var message = rule.Check(member, members, typeName, out var timedOut);
            if (timedOut)
            {
                System.Threading.LazyInitializer.EnsureInitialized(ref timeouts, static () => new ConcurrentDictionary<MembersRule, string>())!.TryAdd(rule, typeName + "." + members.GetName(member));
            }
            else if (message is not null)
            {
                reporter.Report(new SymbolSink(context), new SourceViolation(rule, location, message, BaselineId(member, type), string.Empty) { Extra = ExtraFor(rule) });
            }
        }
    }

    /// <summary>The doc-comment ID; a C# 14 extension block's member is keyed as a member of its static class (as the IL engines see it).</summary>
    private string BaselineId(ISymbol member, INamedTypeSymbol type)
    {
        if (!member.ContainingType.IsExtension)
        {
            return ids.DocumentationIdOf(member);
        }

        var prefix = member switch { IPropertySymbol => "P:", IMethodSymbol => "M:", _ => "F:" };
        return prefix + types.GetFullName(type) + "." + member.Name;
    }

    private static KeyValuePair<string, string?>[]? ExtraFor(MembersRule rule) =>
        rule.Conditions.Pattern is { } pattern ? [new(DiagnosticProperties.NamingPattern, pattern.ToString())] : null;

    private List<MembersRule> RulesOf(INamedTypeSymbol type) => rulesByType?.GetOrAdd(type, rulesFor) ?? None;

    private List<MembersRule> RulesFor(INamedTypeSymbol type)
    {
        // The compiler names and shapes the top-level Program (its <Main>$ too): member rules skip it, as type rules do.
        if (rules.Count == 0 || RoslynTypeModel.IsTopLevelProgram(type))
        {
            return None;
        }

        List<MembersRule>? selected = null;
        foreach (var rule in rules.Count <= FewRules ? rules.All : rules.Candidates(types.GetFullName(type)))
        {
            if (rule.Members.SelectsType<ITypeSymbol>(type, types))
            {
                (selected ??= []).Add(rule);
            }
        }

        return selected ?? None;
    }

    private static Location? FirstSourceLocation(ISymbol symbol)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.IsInSource)
            {
                return location;
            }
        }

        return null;
    }
}
