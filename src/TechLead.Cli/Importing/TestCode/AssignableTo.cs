using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// ArchUnitNET's "assignable to X" (<c>AreAssignableTo</c>, <c>BeAssignableTo</c>): X itself, or a type with X among its
/// base classes or interfaces (ArchUnitNET's <c>GetAssignableTypes</c> is the type, its base classes and its interfaces).
/// TechLead's <c>inherits</c> and <c>implements</c> leave X itself out, so the type itself is added by its full name:
/// the predicate is <c>[{ inherits: X }, { full-name-matches: ^X$ }]</c> (<c>implements</c> for an interface), and the
/// condition is a <c>must-inherit</c>/<c>must-implement</c> rule that leaves X itself out of the checked types.
/// </summary>
internal static class AssignableTo
{
    /// <summary>The types <c>typeof(...)</c> arguments of <paramref name="link"/> name; several mean any of them.</summary>
    public static IReadOnlyList<ResolvedType> Types(ChainLink link, TestCodeArguments arguments)
    {
        var typeOfs = link.Arguments.Select(a => arguments.TypeOf(a.Expression)).ToList();
        if (typeOfs.Count == 0 || typeOfs.Any(t => t is null))
        {
            throw new UntranslatableException($"'{link.Name}' is given '{string.Join(", ", link.Arguments)}', not typeof(...): the importer reads the types to assign to only as typeof(X)");
        }

        return typeOfs.Select(t => arguments.Type(t!.Type)).ToList();
    }

    /// <summary>The types assignable to any of <paramref name="types"/>: each type's subtypes, or the type itself.</summary>
    public static ChainSelector Selector(IReadOnlyList<ResolvedType> types)
    {
        var selector = new ChainSelector();
        foreach (var type in types)
        {
            if (type != types[0])
            {
                selector.Or();
            }

            selector.Require(Key(type), type.FullName);
            selector.Or();
            selector.RequireExactly(type.FullName);
        }

        return selector;
    }

    /// <summary>What <c>AreNotAssignableTo(typeof(X))</c> leaves out: the subtypes of X and X itself.</summary>
    public static IEnumerable<YamlDraftNode> Excluded(ResolvedType type) =>
        [SelectorDraft.One(Key(type), type.FullName), Itself(type)];

    /// <summary>
    /// <c>Should().BeAssignableTo(typeof(X))</c>: every checked type but X itself must inherit X (implement it, for an
    /// interface). X passes in ArchUnitNET, so it is left out of the checked types.
    /// </summary>
    public static RuleDraft Condition(string id, ChainSelector from, ChainLink link, TestCodeArguments arguments)
    {
        // Several types: assignable to any of them, a must-implement (must-inherit) of a list when all are interfaces (classes), rules/0063.
        var types = Types(link, arguments);
        if (types.Any(t => t.IsInterface) && types.Any(t => !t.IsInterface))
        {
            var someClass = types.First(t => !t.IsInterface);
            var someInterface = types.First(t => t.IsInterface);
            throw new UntranslatableException($"'{link.Name}' with the class '{someClass.FullName}' and the interface '{someInterface.FullName}' (a type passes when it is assignable to any of them) has no TechLead rule: 'must-inherit' takes base classes and 'must-implement' interfaces, each any of a list, and no rule takes both");
        }

        var checkedTypes = from;
        foreach (var type in types)
        {
            checkedTypes = checkedTypes.Without(Itself(type), type.FullName);
        }

        var rule = new RuleDraft(id, types[0].IsInterface ? "must-implement" : "must-inherit").With("types", checkedTypes.ToYaml());
        return types is [var only] ? rule.With("type", only.FullName) : rule.With("type", types.Select(t => t.FullName).ToList());
    }

    private static string Key(ResolvedType type) => type.IsInterface ? "implements" : "inherits";

    private static YamlDraftNode Itself(ResolvedType type) =>
        SelectorDraft.One("full-name-matches", "^" + System.Text.RegularExpressions.Regex.Escape(type.FullName) + "$");
}
