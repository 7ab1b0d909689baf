using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using NetArchTest.Rules;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Fitness.Evaluation;
using TechLead.Rules;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>
/// The second engine: NetArchTest.Rules 1.3.2 for the kinds it can express. Dependency kinds use its
/// own dependency search (<c>HaveDependencyOnAny</c>, <c>OnlyHaveDependenciesOn</c>), which reports the
/// violating type only; a Cecil pass over that type then names each type it used, as the other engines do.
/// Where that pass finds none (NetArchTest also counts what TechLead does not, e.g. a type's own nested
/// types), the message names the rule's targets and the baseline matches the violation by (adr, rule, from).
/// Type-level kinds run the rule core's checks as custom rules.
/// </summary>
internal sealed class NetArchTestAdapter : IEngineAdapter
{
    /// <summary>Shown where NetArchTest cannot report a target.</summary>
    public const string UnknownTarget = "a type outside the allow-list (NetArchTest does not report which)";

    public static NetArchTestAdapter Instance { get; } = new();

    public FitnessEngine Kind => FitnessEngine.NetArchTest;

    public IReadOnlyCollection<RuleKind> SupportedKinds { get; } = RuleKinds.CheckedBy(RuleEngines.NetArchTest);

    public string? WhyUnsupported(Rule rule)
    {
        if (!SupportedKinds.Contains(rule.Kind))
        {
            return $"the NetArchTest engine cannot check '{RuleKinds.GetName(rule.Kind)}' rules; use FitnessEngine.ArchUnitNet";
        }

        return rule switch
        {
            ForbidRule forbid when NetArchTestNames.TryTranslate(forbid.To) is null =>
                $"the NetArchTest engine matches dependencies by namespace or type name only, not 'to: {forbid.To.Yaml}'; use FitnessEngine.ArchUnitNet",
            AllowOnlyRule allow when NetArchTestNames.TryTranslate(allow.To) is null || NetArchTestNames.TryTranslate(allow.AlsoAllow) is null =>
                $"the NetArchTest engine matches dependencies by namespace or type name only, not 'to: {allow.To.Yaml}' / 'also-allow: {allow.AlsoAllow.Yaml}'; use FitnessEngine.ArchUnitNet",
            _ => null,
        };
    }

    public RuleResult Evaluate(Rule rule, AssemblySet assemblies)
    {
        if (WhyUnsupported(rule) is { } reason)
        {
            throw new System.NotSupportedException(reason);
        }

        var model = new CecilTypeModel();
        var violations = new List<AssemblyViolation>();
        var problems = new List<string>();
        foreach (var path in assemblies.Paths)
        {
            switch (rule)
            {
                case ForbidRule forbid:
                    Forbid(forbid, path, model, violations);
                    break;
                case AllowOnlyRule allow:
                    AllowOnly(allow, path, model, violations);
                    break;
                case TypeRule typeRule:
                    CheckTypes(typeRule, path, model, violations, problems);
                    break;
                case MembersRule members:
                    CheckMembers(members, path, model, violations, problems);
                    break;
            }
        }

        return RuleResult.Of(violations, problems);
    }

    private static void Forbid(ForbidRule rule, string path, CecilTypeModel model, List<AssemblyViolation> violations)
    {
        var from = new SelectorRule(rule.From, model);
        var names = NetArchTestNames.TryTranslate(rule.To)!;
        var result = Types.FromFile(path).That().MeetCustomRule(from).ShouldNot().HaveDependencyOnAny(names.ToArray()).GetResult();
        var failing = Failing(result, from).ToList();
        failing.AddRange(from.Selected.Values.Where(t => !failing.Contains(t) && CaughtTypes.Of(t).Any(c => CaughtTypes.Covers(names, c))));
        foreach (var type in failing)
        {
            var source = model.GetFullName(type);
            var targets = UsedTypes(type, model, name => CaughtTypes.Covers(names, name));
            foreach (var target in targets)
            {
                violations.Add(new AssemblyViolation(ViolationMessages.Forbidden(rule, source, model.GetFullName(target)), CecilNames.TypeId(type), CecilNames.TypeId(target)));
            }

            if (targets.Count == 0)
            {
                violations.Add(new AssemblyViolation(ViolationMessages.Forbidden(rule, source, rule.To.Text), CecilNames.TypeId(type), string.Empty) { TargetUnknown = true });
            }
        }
    }

    /// <summary>
    /// The types <paramref name="type"/> uses whose names <paramref name="counts"/> picks, distinct and in name order:
    /// without the type's own family (a type and its nested types are one unit) and compiler-generated types.
    /// </summary>
    private static List<TypeReference> UsedTypes(TypeDefinition type, CecilTypeModel model, System.Func<string, bool> counts)
    {
        var family = Outermost(model.GetFullName(type), model.GetNamespace(type));
        var used = new SortedDictionary<string, TypeReference>(System.StringComparer.Ordinal);
        foreach (var dependency in CecilDependencies.Of(type))
        {
            var name = model.GetFullName(dependency);
            if (!used.ContainsKey(name) && !name.Contains('<', System.StringComparison.Ordinal)
                && Outermost(name, model.GetNamespace(dependency)) != family && counts(name))
            {
                used.Add(name, dependency);
            }
        }

        return used.Values.ToList();
    }

    /// <summary>The outermost type's full name: the namespace and the first type segment after it.</summary>
    private static string Outermost(string fullName, string namespaceName)
    {
        var start = namespaceName.Length == 0 ? 0 : namespaceName.Length + 1;
        var dot = start < fullName.Length ? fullName.IndexOf('.', start) : -1;
        return dot < 0 ? fullName : fullName.Substring(0, dot);
    }

    private static void AllowOnly(AllowOnlyRule rule, string path, CecilTypeModel model, List<AssemblyViolation> violations)
    {
        // "Itself": every type the from-selector picks, by exact name (a pass that only selects).
        var from = new SelectorRule(rule.From, model);
        Types.FromFile(path).That().MeetCustomRule(from).Should().MeetCustomRule(new PredicateRule(_ => true)).GetResult();
        // Model names, and NetArchTest's own (they differ for the top-level Program, which it sees in the global namespace).
        var selected = from.Selected.Values.Select(model.GetFullName).Concat(from.Selected.Keys);
        var allowed = NetArchTestNames.TryTranslate(rule.To)!.Concat(NetArchTestNames.TryTranslate(rule.AlsoAllow)!).Concat(selected).Distinct().ToArray();
        var check = new SelectorRule(rule.From, model);
        var result = Types.FromFile(path).That().MeetCustomRule(check).Should().OnlyHaveDependenciesOn(allowed).GetResult();
        var failing = Failing(result, check).ToList();
        failing.AddRange(check.Selected.Values.Where(t => !failing.Contains(t) && CaughtTypes.Of(t).Any(c => !CaughtTypes.Covers(allowed, c))));
        foreach (var type in failing)
        {
            var source = model.GetFullName(type);
            var targets = UsedTypes(type, model, name => !CaughtTypes.Covers(allowed, name));
            foreach (var target in targets)
            {
                violations.Add(new AssemblyViolation(ViolationMessages.OutsideAllowList(rule, source, model.GetFullName(target)), CecilNames.TypeId(type), CecilNames.TypeId(target)));
            }

            if (targets.Count == 0)
            {
                violations.Add(new AssemblyViolation(ViolationMessages.OutsideAllowList(rule, source, UnknownTarget), CecilNames.TypeId(type), string.Empty) { TargetUnknown = true });
            }
        }
    }

    private static void CheckTypes(TypeRule rule, string path, CecilTypeModel model, List<AssemblyViolation> violations, List<string> problems)
    {
        var selected = new SelectorRule(rule.Types, model);
        // The compiler names, places and shapes the top-level Program: type-level rules skip it, as in the analyzer.
        var complies = new PredicateRule(type => CecilNames.IsTopLevelProgram(type) || TypeRuleChecker.Check(rule, (TypeReference)type, model, out _) is null);
        var result = Types.FromFile(path).That().MeetCustomRule(selected).Should().MeetCustomRule(complies).GetResult();
        foreach (var type in Failing(result, selected))
        {
            var message = TypeRuleChecker.Check(rule, (TypeReference)type, model, out var timedOut);
            if (timedOut)
            {
                problems.Add($"{DiagnosticIds.InvalidRule}: {RuleProblems.NamingPatternTimedOut(rule, model.GetFullName(type))}");
            }
            else if (message is not null)
            {
                violations.Add(new AssemblyViolation(message, CecilNames.TypeId(type), string.Empty));
            }
        }
    }

    /// <summary>
    /// NetArchTest picks the declaring types (a custom predicate on the rule's <c>types</c>) and asks a second one whether
    /// every declared member complies; the members of each failing type are then read again for the messages.
    /// </summary>
    private static void CheckMembers(MembersRule rule, string path, CecilTypeModel model, List<AssemblyViolation> violations, List<string> problems)
    {
        var selected = new PredicateRule(type => !CecilNames.IsCompilerGeneratedType(type) && type.Name != "<Module>" && rule.Members.SelectsType<TypeReference>(type, model));
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, TypeDefinition>(System.StringComparer.Ordinal);
        var complies = new PredicateRule(type =>
        {
            seen[type.FullName] = type;
            var found = new List<AssemblyViolation>();
            MemberViolations.Add(rule, model.GetFullName(type), MembersOf(type), found, []);
            return found.Count == 0;
        });
        var result = Types.FromFile(path).That().MeetCustomRule(selected).Should().MeetCustomRule(complies).GetResult();
        if (result.IsSuccessful || result.FailingTypeNames is null)
        {
            return;
        }

        foreach (var name in result.FailingTypeNames)
        {
            if (seen.TryGetValue(name, out var type))
            {
                MemberViolations.Add(rule, model.GetFullName(type), MembersOf(type), violations, problems);
            }
        }
    }

    private static List<DeclaredMember> MembersOf(TypeDefinition type)
    {
        var members = new List<DeclaredMember>();
        DeclaredMemberCollector.Collect(type, members);
        return members;
    }

    private static IEnumerable<TypeDefinition> Failing(TestResult result, SelectorRule seen)
    {
        if (result.IsSuccessful || result.FailingTypeNames is null)
        {
            yield break;
        }

        foreach (var name in result.FailingTypeNames)
        {
            if (seen.Seen.TryGetValue(name, out var type))
            {
                yield return type;
            }
        }
    }
}
