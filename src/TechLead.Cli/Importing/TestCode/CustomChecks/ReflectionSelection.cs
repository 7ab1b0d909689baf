using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode.CustomChecks;

/// <summary>
/// Types a suite selects with reflection, <c>assembly.GetTypes()</c> narrowed by <c>Where(t =&gt; ...)</c>, and checks in C#,
/// read as one rule (rules/0067): the assembly as <c>Types.InAssembly(...)</c> reads it (a type's assembly, a name,
/// assemblies found on disk), the filters as selectors (<see cref="ReflectionPredicate"/>), the check as the custom-check
/// readers do for a library's selection (<see cref="CustomTypeCheck"/>).
/// </summary>
internal static class ReflectionSelection
{
    public static RuleDraft Rule(InvocationExpressionSyntax getTypes, string id, TestCodeArguments arguments)
    {
        if (getTypes.Expression is not MemberAccessExpressionSyntax { Expression: var assembly } || getTypes.ArgumentList.Arguments.Count > 0)
        {
            throw new UntranslatableException($"'{getTypes}' is not a call of 'GetTypes()' on an assembly");
        }

        // The check first: it is the larger blocker when neither it nor a filter has a TechLead form.
        TypeRequirement requirement;
        TypeCondition checkedTypes;
        try
        {
            (requirement, checkedTypes) = CustomTypeCheck.Read(getTypes, arguments);
        }
        catch (UntranslatableException untranslatable) when (untranslatable.Message.StartsWith("checks", System.StringComparison.Ordinal) || untranslatable.Message.StartsWith("asserts", System.StringComparison.Ordinal) || untranslatable.Message.StartsWith("collects", System.StringComparison.Ordinal))
        {
            throw new UntranslatableException("the test " + untranslatable.Message);
        }

        var selector = checkedTypes.ToSelector();
        new AssemblyArguments(arguments).Scope(selector, assembly);
        return requirement.ToRule(id, selector.ToYaml());
    }
}
