using System.Collections.Generic;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Evaluation;

/// <summary>A <c>members</c> rule on the declared members of one selected type, as every IL engine reports it.</summary>
internal static class MemberViolations
{
    public static void Add(MembersRule rule, string typeName, IReadOnlyList<DeclaredMember> members, List<AssemblyViolation> violations, List<string> problems)
    {
        foreach (var member in members)
        {
            var message = rule.Check(member, DeclaredMemberModel.Instance, typeName, out var timedOut);
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
}
