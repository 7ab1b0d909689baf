using System.Collections.Generic;
using TechLead.Rules;
using TechLead.Rules.Members;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Evaluation;

/// <summary>A <c>members</c> rule on the declared members of one selected type, as every IL engine reports it.</summary>
internal static class MemberViolations
{
    public static void Add(MembersRule rule, string typeName, IReadOnlyList<DeclaredMember> members, IMemberModel<DeclaredMember> model, List<AssemblyViolation> violations, List<string> problems)
    {
        foreach (var member in members)
        {
            var message = rule.Check(member, model, typeName, out var timedOut);
            if (timedOut)
            {
                problems.Add($"{DiagnosticIds.InvalidRule}: {rule.PatternTimedOut(typeName + "." + member.Name)}");
            }
            else if (message is not null)
            {
                violations.Add(new AssemblyViolation(message, member.DocumentationId, string.Empty));
            }
        }
    }

    /// <summary>A <c>must-exist</c> rule on one selected type: a violation at the type when it declares no such member.</summary>
    public static void AddMissing<TType>(MembersRule rule, TType type, ITypeModel<TType> model, IReadOnlyList<DeclaredMember> members, IMemberModel<DeclaredMember> memberModel, string typeId, List<AssemblyViolation> violations, List<string> problems)
    {
        var message = rule.CheckExists(type, model, members, memberModel, out var timedOut);
        if (timedOut)
        {
            problems.Add($"{DiagnosticIds.InvalidRule}: {rule.PatternTimedOut(model.GetFullName(type))}");
        }
        else if (message is not null)
        {
            violations.Add(new AssemblyViolation(message, typeId, string.Empty));
        }
    }
}
