using System.Linq;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Conditions that forbid a base type, read as <c>must-not-inherit</c> (a class) or <c>must-not-implement</c> (an
/// interface), rules/0065: ArchUnitNET's <c>NotImplementInterface</c> and <c>NotBeAssignableTo</c>, NetArchTest's
/// <c>NotImplementInterface</c> and <c>NotInherit</c> (<c>ShouldNot().ImplementInterface</c>, <c>ShouldNot().Inherit</c>).
/// Only <c>NotBeAssignableTo</c> also fails X itself (ArchUnitNET's assignable types are the type, its bases and its
/// interfaces); TechLead's rules never flag X, so that one imports only where the selection cannot hold X.
/// </summary>
internal static class ForbiddenBase
{
    /// <summary>The rule for <paramref name="link"/>, which forbids the type(s) it names to the types <paramref name="from"/> selects.</summary>
    public static RuleDraft Condition(string id, ChainSelector from, ChainLink link, TestCodeArguments arguments, bool failsTheTypeItself)
    {
        var types = failsTheTypeItself ? AssignableTo.Types(link, arguments) : [arguments.Type(link)];
        if (types.Any(t => t.IsInterface) && types.Any(t => !t.IsInterface))
        {
            var someClass = types.First(t => !t.IsInterface);
            var someInterface = types.First(t => t.IsInterface);
            throw new UntranslatableException($"'{link.Name}' with the class '{someClass.FullName}' and the interface '{someInterface.FullName}' is two TechLead rules ('must-not-inherit' the classes, 'must-not-implement' the interfaces): write one condition per kind of type and it imports");
        }

        if (!failsTheTypeItself && link.Name.EndsWith("Inherit", System.StringComparison.Ordinal) && types[0].IsInterface)
        {
            throw new UntranslatableException($"'{link.Name}' with the interface '{types[0].FullName}' reads only the base-class chain, which holds no interface, so it never fails: check 'ImplementInterface' instead and it imports");
        }

        if (failsTheTypeItself && types.FirstOrDefault(t => !from.CannotSelect(t)) is { } itself)
        {
            throw new UntranslatableException($"'{link.Name}(typeof({itself.Name.Split('`')[0]}))' also fails '{itself.FullName}' itself, and the selection may hold it{(itself.Assembly is null ? " (its assembly is unknown without the semantic model)" : string.Empty)}: TechLead's '{Kind(itself)}' checks the types that derive from it, never the type itself; select only types of another assembly or namespace, or leave it out ('AreNot(typeof(...))'), and it imports");
        }

        var rule = new RuleDraft(id, Kind(types[0])).With("types", from.ToYaml());
        return types is [var only] ? rule.With("type", only.FullName) : rule.With("type", types.Select(t => t.FullName).ToList());
    }

    private static string Kind(ResolvedType type) => type.IsInterface ? "must-not-implement" : "must-not-inherit";
}
