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
/// The second engine: NetArchTest.Rules 1.3.2 for the kinds it can express. NetArchTest loads and selects the types
/// and screens them with its own dependency search (<c>HaveDependencyOnAny</c>, <c>OnlyHaveDependenciesOn</c>), which
/// reports the violating type only and reads IL as IL; the findings are the dependencies of
/// <see cref="SourceDependencyIndex"/> (IL mapped back to the source, shared with the ArchUnitNET engine, rules/0039)
/// that the rule core rejects, one per target, as the other engines report them. Type-level kinds run the rule
/// core's checks as custom rules.
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
            ForbidRule forbid when NetArchTestNames.Widen(forbid.To) is null =>
                $"the NetArchTest engine matches dependencies by namespace or type name only, not 'to: {forbid.To.Yaml}'; use FitnessEngine.ArchUnitNet",
            _ => null,
        };
    }

    /// <summary>Drops the types NetArchTest loaded for a set whose files a tool is about to delete.</summary>
    public static void Forget(AssemblySet assemblies) => NetArchTestTypes.Forget(assemblies);

    public RuleResult Evaluate(Rule rule, AssemblySet assemblies)
    {
        if (WhyUnsupported(rule) is { } reason)
        {
            throw new System.NotSupportedException(reason);
        }

        var model = new CecilTypeModel(new System.Lazy<IAssemblyResolver>(() => CecilResolver.Create(assemblies)));
        var index = SourceDependencyIndex.For(assemblies);
        var violations = new List<AssemblyViolation>();
        var problems = new List<string>(index.Problems);
        foreach (var path in index.Readable)
        {
            var loaded = NetArchTestTypes.Of(assemblies, path);
            lock (loaded.Gate)
            {
                var types = loaded.Types;
                switch (rule)
                {
                    case ForbidRule forbid:
                        Forbid(forbid, types, model, index, violations);
                        break;
                    case AllowOnlyRule allow:
                        AllowOnly(allow, types, model, index, violations);
                        break;
                    case TypeRule typeRule:
                        CheckTypes(typeRule, types, model, index, violations, problems);
                        break;
                    case MembersRule { Conditions.MustExist: true } members:
                        NetArchTestMemberExistence.Check(members, types, model, index, violations, problems);
                        break;
                    case MembersRule members:
                        CheckMembers(members, types, model, violations, problems);
                        break;
                }
            }
        }

        return RuleResult.Of(violations, problems);
    }

    /// <summary>
    /// NetArchTest screens with the rule's names widened to namespace prefixes (<c>Shop.*</c> as <c>Shop</c>), a superset of the
    /// types that break it; the findings are then the shared reader's dependencies the rule core rejects (rules/0039).
    /// </summary>
    private static void Forbid(ForbidRule rule, Types types, CecilTypeModel model, SourceDependencyIndex index, List<AssemblyViolation> violations)
    {
        var from = new SelectorRule(rule.From, model);
        var names = NetArchTestNames.Widen(rule.To)!;
        var result = types.That().MeetCustomRule(from).ShouldNot().HaveDependencyOnAny(names.ToArray()).GetResult();
        Report(rule, result, from, model, index, violations, t => ViolationMessages.Forbidden(rule, model.GetFullName(t), rule.To.Text));
    }

    /// <summary>
    /// NetArchTest screens with the allow-list narrowed to what it can name exactly (a glob such as <c>System.*</c> is left
    /// out), a superset of the types that break the rule; the findings are then the shared reader's dependencies the
    /// rule core rejects, which applies every glob exactly and counts the from-selector's own types as "itself".
    /// </summary>
    private static void AllowOnly(AllowOnlyRule rule, Types types, CecilTypeModel model, SourceDependencyIndex index, List<AssemblyViolation> violations)
    {
        var from = new SelectorRule(rule.From, model);
        var allowed = NetArchTestNames.Narrow(rule.To).Concat(NetArchTestNames.Narrow(rule.AlsoAllow)).Distinct().ToArray();
        var result = types.That().MeetCustomRule(from).Should().OnlyHaveDependenciesOn(allowed).GetResult();
        Report(rule, result, from, model, index, violations, t => ViolationMessages.OutsideAllowList(rule, model.GetFullName(t), UnknownTarget));
    }

    /// <summary>
    /// Every selected type's dependencies (as the shared reader maps IL back to the source) that the rule rejects, one
    /// violation per target. NetArchTest 1.3.2 misses some (catch clauses, code inside async lambdas) and flags what the
    /// definition does not count (a type's own nested types, compiler-synthesized references); a type it flags that the
    /// reader did not read at all keeps NetArchTest's verdict without a target.
    /// </summary>
    private static void Report(Rule rule, TestResult result, SelectorRule selected, CecilTypeModel model, SourceDependencyIndex index, List<AssemblyViolation> violations, System.Func<TypeReference, string> withoutTarget)
    {
        var flagged = Failing(result, selected).ToHashSet();
        foreach (var constraint in DependencyConstraint.Compile([rule]))
        {
            foreach (var type in selected.Selected.Values)
            {
                var dependencies = index.Of(type);
                if (dependencies.Count == 0 && !index.Knows(type))
                {
                    if (flagged.Contains(type))
                    {
                        violations.Add(new AssemblyViolation(withoutTarget(type), CecilNames.TypeId(type), string.Empty) { TargetUnknown = true });
                    }

                    continue;
                }

                foreach (var (target, message) in Rejected(type, dependencies, constraint, model))
                {
                    violations.Add(new AssemblyViolation(message, CecilNames.TypeId(type), CecilNames.TypeId(target)));
                }
            }
        }
    }

    /// <summary>
    /// The dependencies of <paramref name="type"/> the constraint rejects, one per target name in name order: without the
    /// type's own family (a type and its nested types are one unit) and compiler-generated types.
    /// </summary>
    private static List<(TypeReference Target, string Message)> Rejected(TypeDefinition type, IReadOnlyList<TypeReference> dependencies, DependencyConstraint constraint, CecilTypeModel model)
    {
        var family = Outermost(model.GetFullName(type), model.GetNamespace(type));
        var used = new SortedDictionary<string, (TypeReference, string)>(System.StringComparer.Ordinal);
        foreach (var dependency in dependencies)
        {
            var name = model.GetFullName(dependency);
            if (!used.ContainsKey(name) && !name.Contains('<', System.StringComparison.Ordinal)
                && Outermost(name, model.GetNamespace(dependency)) != family
                && constraint.Check<TypeReference>(type, dependency, model) is { } message)
            {
                used.Add(name, (dependency, message));
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

    private static void CheckTypes(TypeRule rule, Types types, CecilTypeModel model, SourceDependencyIndex index, List<AssemblyViolation> violations, List<string> problems)
    {
        var selected = new SelectorRule(rule.Types, model);
        // The compiler names, places and shapes the top-level Program, and generated code is skipped: type-level rules skip both, as in the analyzer.
        var complies = new PredicateRule(type => CecilNames.IsTopLevelProgram(type) || index.IsGenerated(type) || TypeRuleChecker.Check(rule, (TypeReference)type, model, out _) is null);
        var result = types.That().MeetCustomRule(selected).Should().MeetCustomRule(complies).GetResult();
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
    private static void CheckMembers(MembersRule rule, Types types, CecilTypeModel model, List<AssemblyViolation> violations, List<string> problems)
    {
        var selected = new PredicateRule(type => !CecilNames.IsCompilerGeneratedType(type) && type.Name != "<Module>" && rule.Members.SelectsType<TypeReference>(type, model));
        var seen = new System.Collections.Concurrent.ConcurrentDictionary<string, TypeDefinition>(System.StringComparer.Ordinal);
        var members = MemberModel(model);
        var complies = new PredicateRule(type =>
        {
            seen[type.FullName] = type;
            var found = new List<AssemblyViolation>();
            MemberViolations.Add(rule, model.GetFullName(type), MembersOf(type), members, found, []);
            return found.Count == 0;
        });
        var result = types.That().MeetCustomRule(selected).Should().MeetCustomRule(complies).GetResult();
        if (result.IsSuccessful || result.FailingTypeNames is null)
        {
            return;
        }

        foreach (var name in result.FailingTypeNames)
        {
            if (seen.TryGetValue(name, out var type))
            {
                MemberViolations.Add(rule, model.GetFullName(type), MembersOf(type), members, violations, problems);
            }
        }
    }

    /// <summary>The members as the rule core reads them; a value type's reference is this engine's type handle itself.</summary>
    internal static DeclaredMemberModel<TypeReference> MemberModel(CecilTypeModel model) => new(model, static reference => reference);

    internal static List<DeclaredMember> MembersOf(TypeDefinition type)
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
