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
    private readonly PrefixIndex<MembersRule> rules;
    private readonly ConcurrentDictionary<INamedTypeSymbol, List<MembersRule>> rulesByType = new(SymbolEqualityComparer.Default);
    private readonly System.Func<INamedTypeSymbol, List<MembersRule>> rulesFor;
    private readonly RoslynTypeModel types;
    private readonly RoslynMemberModel members;
    private readonly ViolationReporter reporter;
    private readonly ReferenceChecker ids;

    public MemberRuleChecker(PrefixIndex<MembersRule> rules, RoslynTypeModel types, ViolationReporter reporter, ReferenceChecker ids)
    {
        this.rules = rules;
        rulesFor = RulesFor;
        this.types = types;
        members = new RoslynMemberModel(types);
        this.reporter = reporter;
        this.ids = ids;
    }

    /// <summary>Rules whose regex timed out, with the member it timed out on: TL9002 at the rule, reported at compilation end.</summary>
    public ConcurrentDictionary<MembersRule, string> TimedOut { get; } = new();

    public bool HasRules => rules.Count > 0;

    /// <summary>Checks the member a method, field or event symbol stands for (<see cref="RoslynMemberModel.DeclaredMember"/>).</summary>
    public void Analyze(SymbolAnalysisContext context, ISymbol symbol)
    {
        if (RoslynMemberModel.DeclaredMember(symbol) is { } member)
        {
            Check(context, member);
        }
    }

    /// <summary>
    /// The positional properties of a record: the user declared them in the parameter list, but their accessors are
    /// implicitly declared, so no accessor symbol action reaches them.
    /// </summary>
    public void AnalyzeRecord(SymbolAnalysisContext context, INamedTypeSymbol type)
    {
        if (!type.IsRecord || RulesOf(type).Count == 0)
        {
            return;
        }

        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol property && RoslynMemberModel.IsDeclared(property)
                && (property.GetMethod ?? property.SetMethod) is { IsImplicitlyDeclared: true })
            {
                Check(context, property);
            }
        }
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
                TimedOut.TryAdd(rule, typeName + "." + members.GetName(member));
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

    private List<MembersRule> RulesOf(INamedTypeSymbol type) => rulesByType.GetOrAdd(type, rulesFor);

    private List<MembersRule> RulesFor(INamedTypeSymbol type)
    {
        var selected = new List<MembersRule>();
        if (RoslynTypeModel.IsTopLevelProgram(type))
        {
            // The compiler names and shapes the top-level Program (its <Main>$ too): member rules skip it, as type rules do.
            return selected;
        }

        foreach (var rule in rules.Candidates(types.GetFullName(type)))
        {
            if (rule.Members.SelectsType<ITypeSymbol>(type, types))
            {
                selected.Add(rule);
            }
        }

        return selected;
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
