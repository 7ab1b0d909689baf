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
/// violating type only: the message names the rule's target selector, and the baseline matches such a
/// violation by (adr, rule, from). Type-level kinds run the rule core's checks as custom rules.
/// </summary>
internal sealed class NetArchTestEngine : IFitnessEngine
{
    /// <summary>Shown where NetArchTest cannot report a target.</summary>
    public const string UnknownTarget = "a type outside the allow-list (NetArchTest does not report which)";

    public static NetArchTestEngine Instance { get; } = new();

    public FitnessEngine Kind => FitnessEngine.NetArchTest;

    public IReadOnlyCollection<RuleKind> SupportedKinds { get; } =
    [
        RuleKind.Forbid, RuleKind.AllowOnly, RuleKind.Naming, RuleKind.MustInherit, RuleKind.MustImplement,
        RuleKind.Attributes, RuleKind.Modifiers, RuleKind.Placement,
    ];

    public string? WhyUnsupported(Rule rule)
    {
        if (!SupportedKinds.Contains(rule.Kind))
        {
            return $"the NetArchTest engine cannot check '{RuleKinds.GetName(rule.Kind)}' rules; use FitnessEngine.ArchUnitNet";
        }

        return rule switch
        {
            ForbidRule forbid when NetArchTestNames.TryTranslate(forbid.To) is null =>
                $"the NetArchTest engine matches dependencies by namespace or type name only, not '{forbid.To.Text}'; use FitnessEngine.ArchUnitNet",
            AllowOnlyRule allow when NetArchTestNames.TryTranslate(allow.To) is null || NetArchTestNames.TryTranslate(allow.AlsoAllow) is null =>
                $"the NetArchTest engine matches dependencies by namespace or type name only, not '{allow.To.Text}' / '{allow.AlsoAllow.Text}'; use FitnessEngine.ArchUnitNet",
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
        var violations = new List<Violation>();
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
            }
        }

        return RuleResult.Of(violations, problems);
    }

    private static void Forbid(ForbidRule rule, string path, CecilTypeModel model, List<Violation> violations)
    {
        var from = new SelectorRule(rule.From, model);
        var names = NetArchTestNames.TryTranslate(rule.To)!;
        var result = Types.FromFile(path).That().MeetCustomRule(from).ShouldNot().HaveDependencyOnAny(names.ToArray()).GetResult();
        var failing = Failing(result, from).ToList();
        failing.AddRange(from.Selected.Values.Where(t => !failing.Contains(t) && CaughtTypes.Of(t).Any(c => CaughtTypes.Covers(names, c))));
        foreach (var type in failing)
        {
            violations.Add(new Violation(ViolationMessages.Forbidden(rule, model.GetFullName(type), rule.To.Text), CecilNames.TypeId(type), string.Empty) { TargetUnknown = true });
        }
    }

    private static void AllowOnly(AllowOnlyRule rule, string path, CecilTypeModel model, List<Violation> violations)
    {
        // "Itself": every type the from-selector picks, by exact name (a pass that only selects).
        var from = new SelectorRule(rule.From, model);
        Types.FromFile(path).That().MeetCustomRule(from).Should().MeetCustomRule(new PredicateRule(_ => true)).GetResult();
        var selected = from.Selected.Values.Select(model.GetFullName);
        var allowed = NetArchTestNames.TryTranslate(rule.To)!.Concat(NetArchTestNames.TryTranslate(rule.AlsoAllow)!).Concat(selected).Distinct().ToArray();
        var check = new SelectorRule(rule.From, model);
        var result = Types.FromFile(path).That().MeetCustomRule(check).Should().OnlyHaveDependenciesOn(allowed).GetResult();
        var failing = Failing(result, check).ToList();
        failing.AddRange(check.Selected.Values.Where(t => !failing.Contains(t) && CaughtTypes.Of(t).Any(c => !CaughtTypes.Covers(allowed, c))));
        foreach (var type in failing)
        {
            violations.Add(new Violation(ViolationMessages.OutsideAllowList(rule, model.GetFullName(type), UnknownTarget), CecilNames.TypeId(type), string.Empty) { TargetUnknown = true });
        }
    }

    private static void CheckTypes(TypeRule rule, string path, CecilTypeModel model, List<Violation> violations, List<string> problems)
    {
        var selected = new SelectorRule(rule.Types, model);
        var complies = new PredicateRule(type => TypeRuleChecker.Check(rule, (TypeReference)type, model, out _) is null);
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
                violations.Add(new Violation(message, CecilNames.TypeId(type), string.Empty));
            }
        }
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
