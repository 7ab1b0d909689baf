using System.Collections.Concurrent;
using System.Collections.Generic;
using Mono.Cecil;
using NetArchTest.Rules;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Engines.NetArchTest;

/// <summary>
/// <c>members</c> rules with <c>must-exist</c> (rules/0063) in NetArchTest: it picks the declaring types (a custom predicate
/// on the rule's <c>types</c>, skipping what type rules skip) and asks the rule core whether each declares the member; the
/// failing types are reported at the type.
/// </summary>
internal static class NetArchTestMemberExistence
{
    public static void Check(MembersRule rule, Types types, CecilTypeModel model, SourceDependencyIndex index, List<AssemblyViolation> violations, List<string> problems)
    {
        var selected = new PredicateRule(type => !CecilNames.IsCompilerGeneratedType(type) && type.Name != "<Module>" && !CecilNames.IsTopLevelProgram(type)
            && !index.IsGenerated(type) && rule.Members.SelectsType<TypeReference>(type, model));
        var seen = new ConcurrentDictionary<string, TypeDefinition>(System.StringComparer.Ordinal);
        var members = NetArchTestAdapter.MemberModel(model);
        var complies = new PredicateRule(type =>
        {
            seen[type.FullName] = type;
            return rule.CheckExists<TypeReference, DeclaredMember>(type, model, NetArchTestAdapter.MembersOf(type), members, out _) is null;
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
                MemberViolations.AddMissing<TypeReference>(rule, type, model, NetArchTestAdapter.MembersOf(type), members, CecilNames.TypeId(type), violations, problems);
            }
        }
    }
}
