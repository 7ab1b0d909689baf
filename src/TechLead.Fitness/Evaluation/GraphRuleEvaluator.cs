using System;
using System.Collections.Generic;
using TechLead.Rules;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Evaluation;

/// <summary>
/// Evaluates any rule kind on a <see cref="TypeGraph{TType}"/> with the rule core's engine-agnostic
/// logic, so every engine that can build a graph reports the same messages and baseline keys.
/// </summary>
internal static class GraphRuleEvaluator
{
    public static RuleResult Evaluate<TType>(Rule rule, TypeGraph<TType> graph)
    {
        var violations = new List<AssemblyViolation>();
        var problems = new List<string>(graph.Problems);
        switch (rule)
        {
            case AcyclicRule acyclic:
                FindCycles(acyclic, graph, violations);
                break;
            case BannedApiRule banned:
                FindBannedApis(banned, graph, violations);
                break;
            case VocabularyRule vocabulary:
                FindVocabulary(vocabulary, graph, violations);
                break;
            case MembersRule members:
                CheckMembers(members, graph, violations, problems);
                break;
            case TypeRule typeRule:
                CheckTypes(typeRule, graph, violations, problems);
                break;
            default:
                CheckDependencies(rule, graph, violations);
                break;
        }

        return RuleResult.Of(Distinct(violations), problems);
    }

    public static string TypeId<TType>(TType type, ITypeModel<TType> model) => "T:" + model.GetFullName(type);

    private static void CheckDependencies<TType>(Rule rule, TypeGraph<TType> graph, List<AssemblyViolation> violations)
    {
        var model = graph.Model;
        foreach (var constraint in DependencyConstraint.Compile([rule]))
        {
            foreach (var facts in graph.Types)
            {
                if (!constraint.AppliesTo(facts.Type, model))
                {
                    continue;
                }

                foreach (var target in facts.Dependencies)
                {
                    if (constraint.Check(facts.Type, target, model) is { } message)
                    {
                        violations.Add(new AssemblyViolation(message, TypeId(facts.Type, model), TypeId(target, model)));
                    }
                }
            }
        }
    }

    private static void FindCycles<TType>(AcyclicRule rule, TypeGraph<TType> graph, List<AssemblyViolation> violations)
    {
        var model = graph.Model;
        var finder = new SliceCycleFinder<(string From, string To)>(rule, PairOrder.Instance);
        foreach (var facts in graph.Types)
        {
            var from = model.GetFullName(facts.Type);
            foreach (var target in facts.Dependencies)
            {
                var to = model.GetFullName(target);
                finder.Add(from, to, (from, to));
            }
        }

        foreach (var (reference, message) in finder.FindCycles())
        {
            violations.Add(new AssemblyViolation(message, "T:" + reference.From, "T:" + reference.To));
        }
    }

    private static void FindBannedApis<TType>(BannedApiRule rule, TypeGraph<TType> graph, List<AssemblyViolation> violations)
    {
        var model = graph.Model;
        foreach (var facts in graph.Types)
        {
            if (rule.In is { } scope && !scope.Matches(facts.Type, model))
            {
                continue;
            }

            foreach (var api in rule.Apis)
            {
                if (Uses(facts, api.Symbol, model))
                {
                    var source = model.GetFullName(facts.Type);
                    violations.Add(new AssemblyViolation(ViolationMessages.BannedApi(rule, api), "T:" + source, api.Symbol.Text, source));
                }
            }
        }
    }

    private static bool Uses<TType>(TypeFacts<TType> facts, DocumentationId symbol, ITypeModel<TType> model)
    {
        if (symbol.IsMember)
        {
            foreach (var used in facts.MemberUses)
            {
                if (symbol.MatchesDeclarationId(used))
                {
                    return true;
                }
            }

            return false;
        }

        foreach (var target in facts.Dependencies)
        {
            if (symbol.CoversType(model.GetFullName(target), model.GetNamespace(target)))
            {
                return true;
            }
        }

        return false;
    }

    private static void FindVocabulary<TType>(VocabularyRule rule, TypeGraph<TType> graph, List<AssemblyViolation> violations)
    {
        var model = graph.Model;
        foreach (var facts in graph.Types)
        {
            if (rule.In is { } scope && !scope.Matches(facts.Type, model))
            {
                continue;
            }

            foreach (var declared in facts.DeclaredNames)
            {
                if (rule.Matcher.TryFind(declared.Name, out var synonym, out var term))
                {
                    violations.Add(new AssemblyViolation(ViolationMessages.Vocabulary(rule, declared.Name, synonym, term.Use), declared.DocumentationId, string.Empty, model.GetFullName(facts.Type)));
                }
            }
        }
    }

    private static void CheckMembers<TType>(MembersRule rule, TypeGraph<TType> graph, List<AssemblyViolation> violations, List<string> problems)
    {
        var model = graph.Model;
        var members = new DeclaredMemberModel<TType>(model, graph.FindType);
        foreach (var facts in graph.Types)
        {
            if (rule.Conditions.MustExist)
            {
                // A type with no member at all can break it: only what type rules skip is skipped (rules/0063).
                if (!facts.IsTopLevelProgram && !facts.IsGenerated && rule.Members.SelectsType(facts.Type, model))
                {
                    MemberViolations.AddMissing(rule, facts.Type, model, facts.DeclaredMembers, members, TypeId(facts.Type, model), violations, problems);
                }

                continue;
            }

            if (!facts.IsTopLevelProgram && facts.DeclaredMembers.Count > 0 && rule.Members.SelectsType(facts.Type, model))
            {
                MemberViolations.Add(rule, model.GetFullName(facts.Type), facts.DeclaredMembers, members, violations, problems);
            }
        }
    }

    private static void CheckTypes<TType>(TypeRule rule, TypeGraph<TType> graph, List<AssemblyViolation> violations, List<string> problems)
    {
        var model = graph.Model;
        foreach (var facts in graph.Types)
        {
            if (facts.IsTopLevelProgram || facts.IsGenerated)
            {
                continue;
            }

            var message = TypeRuleChecker.Check(rule, facts.Type, model, out var timedOut);
            if (timedOut)
            {
                problems.Add($"{DiagnosticIds.InvalidRule}: {RuleProblems.NamingPatternTimedOut(rule, model.GetFullName(facts.Type))}");
            }
            else if (message is not null)
            {
                violations.Add(new AssemblyViolation(message, TypeId(facts.Type, model), string.Empty));
            }
        }
    }

    private static List<AssemblyViolation> Distinct(List<AssemblyViolation> violations)
    {
        var seen = new HashSet<AssemblyViolation>();
        var unique = new List<AssemblyViolation>(violations.Count);
        foreach (var violation in violations)
        {
            if (seen.Add(violation))
            {
                unique.Add(violation);
            }
        }

        return unique;
    }

    private sealed class PairOrder : IComparer<(string From, string To)>
    {
        public static readonly PairOrder Instance = new();

        public int Compare((string From, string To) x, (string From, string To) y)
        {
            var byFrom = string.CompareOrdinal(x.From, y.From);
            return byFrom != 0 ? byFrom : string.CompareOrdinal(x.To, y.To);
        }
    }
}
