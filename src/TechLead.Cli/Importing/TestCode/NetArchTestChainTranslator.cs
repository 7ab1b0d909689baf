using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Cli.Importing.TestCode.CustomChecks;
using TechLead.Rules.Selectors;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// One NetArchTest 1.3.2 chain (<c>Types.InAssembly(a).That()...Should()...GetResult()</c>) as one TechLead
/// rule of the same meaning, or an <see cref="UntranslatableException"/> saying why there is none.
/// Semantics follow NetArchTest's source: <c>ResideInNamespace</c> is a prefix of the type's full name
/// (<c>Shop.Domain</c> also matches <c>Shop.DomainEvents</c>), dependency names match whole name segments.
/// </summary>
internal sealed class NetArchTestChainTranslator(TestCodeArguments arguments)
{
    public IReadOnlyList<RuleDraft> Translate(FluentChain chain, string id)
    {
        if (chain.RootName != "Types" || chain.Links.Count == 0)
        {
            return chain.Links is [{ Name: "GetTypes", Node: InvocationExpressionSyntax getTypes }]
                ? [ReflectionSelection.Rule(getTypes, id, arguments)]
                : throw new UntranslatableException(chain.Links is [.., { Name: "GetTypes" }]
                    ? $"the types come from reflection ('{chain.Links[^1].Node}'), which the importer reads only as 'GetTypes()' called on an assembly"
                    : "the chain does not start at 'Types'");
        }

        var links = chain.Links;
        var last = links[^1].Name;
        if (last == "GetTypes")
        {
            return CheckedInCode(chain, id);
        }

        if (last != "GetResult")
        {
            throw new UntranslatableException($"the chain ends with '{last}', not 'GetResult()'");
        }

        var selector = new ChainSelector();
        var position = 1;
        var should = links.ToList().FindIndex(l => l.Name is "Should" or "ShouldNot");
        if (should < 0)
        {
            throw new UntranslatableException("the chain has no 'Should()' or 'ShouldNot()'");
        }

        if (links[position].Name == "That")
        {
            ReadPredicates(links.Skip(position + 1).Take(should - position - 1).ToList(), selector);
        }
        else if (position != should)
        {
            throw new UntranslatableException($"'{links[position].Name}' after '{links[0].Name}' is not supported");
        }

        Scope(links[0], selector);
        var conditions = links.Skip(should + 1).Take(links.Count - should - 2).ToList();
        return Conditions(id, selector, conditions, negated: links[should].Name == "ShouldNot");
    }

    // Types.InAssembly(a).That()...GetTypes() checked by the suite's own C# code: the selection with the requirement
    // that code checks, when a TechLead rule says it (CustomChecks, ADR-0048); what the code checks is read first,
    // because it is the larger blocker when both the code and a predicate have no TechLead form.
    private IReadOnlyList<RuleDraft> CheckedInCode(FluentChain chain, string id)
    {
        var (requirement, checkedTypes) = CustomTypeCheck.Read(chain.Links[^1].Node, arguments, SelectionOf);
        return requirement == TypeRequirement.HeldByAnotherRule ? [] : [requirement.ToRule(id, SelectorOf(chain, checkedTypes))];
    }

    // The selector of a Types...GetTypes() chain (its predicates, or its conditions read as a filter), narrowed to the
    // types the custom check checks (the Where filters before it, rules/0067).
    private YamlDraftNode SelectorOf(FluentChain chain, TypeCondition? checkedTypes = null)
    {
        var links = chain.Links.ToList();
        var should = links.FindIndex(l => l.Name is "Should" or "ShouldNot");
        var selector = new ChainSelector();
        if (links.Count > 2)
        {
            if (links[1].Name != "That" && should != 1)
            {
                throw new UntranslatableException($"'{links[1].Name}' after '{links[0].Name}' is not supported");
            }

            var predicates = links.Skip(2).Take((should < 0 ? links.Count - 1 : should) - 2).ToList();
            ReadPredicates(should < 0 ? predicates : ConditionsAsFilter.Predicates(links[1].Name == "That" ? predicates : [], links[should], links.Skip(should + 1).Take(links.Count - should - 2).ToList()), selector);
        }

        if (checkedTypes is { IsEverything: false })
        {
            selector.IntersectEverywhere(checkedTypes.ToSelector());
        }

        Scope(links[0], selector);
        return selector.ToYaml();
    }

    // Another selection a custom check compares with (MemberTypeCheck): a Types...GetTypes() chain.
    private YamlDraftNode SelectionOf(ExpressionSyntax expression)
    {
        if (expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetTypes" } }
            && FluentChain.Read(expression, arguments.Index) is { RootName: "Types" } chain)
        {
            return SelectorOf(chain);
        }

        throw new UntranslatableException($"checks in C# the types of each type's fields and properties against '{expression}', which is not a NetArchTest selection ('Types...GetTypes()'); a 'members' rule with 'type-not: <selector>' says it: write it by hand");
    }

    private void Scope(ChainLink start, ChainSelector selector)
    {
        switch (start.Name)
        {
            case "InAssembly":
                new AssemblyArguments(arguments).Scope(selector, start.Arguments.Count == 1 ? start.Arguments[0].Expression : null);
                break;
            case "InAssemblies" when start.Arguments.Count == 1:
                new AssemblyArguments(arguments).ScopeToAny(selector, start.Arguments[0].Expression);
                break;
            case "InAssemblies":
                var names = new AssemblyArguments(arguments);
                selector.RequireOneOfEverywhere("assembly", start.Arguments.Select(a => names.Name(a.Expression)).ToList());
                break;
            case "InNamespace" when start.Arguments.Count == 1:
                // The loaded types whose namespace starts with the name (NetArchTest's string prefix, as its ResideInNamespace).
                selector.RequireEverywhere("namespace", NamespacePrefix(arguments.String(start)));
                break;
            case "InCurrentDomain":
                // Every loaded type: TechLead rules already cover every type the engines see.
                break;
            default:
                throw new UntranslatableException($"'Types.{start.Name}' is not supported");
        }
    }

    private void ReadPredicates(List<ChainLink> predicates, ChainSelector selector)
    {
        if (predicates.Count == 0)
        {
            throw new UntranslatableException("'That()' without a predicate");
        }

        foreach (var link in predicates)
        {
            switch (link.Name)
            {
                case "And":
                    break;
                case "Or":
                    selector.Or();
                    break;
                case "ResideInNamespace":
                case "ResideInNamespaceStartingWith":
                    var ns = Namespace(link);
                    selector.Require("namespace", NamespacePrefix(ns), ns);
                    break;
                case "ResideInNamespaceMatching":
                    selector.Require("namespace-matches", IgnoreCase(arguments.String(link)));
                    break;
                case "DoNotResideInNamespaceMatching":
                    selector.Exclude(SelectorDraft.One("namespace-matches", IgnoreCase(arguments.String(link))));
                    break;
                case "ResideInNamespaceContaining":
                    selector.Require("namespace-matches", IgnoreCase(Regex.Escape(Name(link))));
                    break;
                case "DoNotResideInNamespaceContaining":
                    selector.Exclude(SelectorDraft.One("namespace-matches", IgnoreCase(Regex.Escape(Name(link)))));
                    break;
                case "ResideInNamespaceEndingWith":
                    selector.Require("namespace-matches", IgnoreCase(Regex.Escape(Name(link)) + "$"));
                    break;
                case "HaveNameMatching":
                    selector.Require("name-matches", IgnoreCase(arguments.String(link)));
                    break;
                case "DoNotHaveNameMatching":
                    selector.Exclude(SelectorDraft.One("name-matches", IgnoreCase(arguments.String(link))));
                    break;
                case "DoNotResideInNamespace":
                case "DoNotResideInNamespaceStartingWith":
                    selector.Exclude(SelectorDraft.One("namespace", NamespacePrefix(Namespace(link))));
                    break;
                case "HaveNameEndingWith":
                    selector.Require("name", "*" + Name(link));
                    break;
                case "HaveNameStartingWith":
                    selector.Require("name", Name(link) + "*");
                    break;
                case "HaveName":
                    selector.Require("name", Name(link));
                    break;
                case "DoNotHaveNameEndingWith":
                    selector.Exclude(SelectorDraft.One("name", "*" + Name(link)));
                    break;
                case "DoNotHaveNameStartingWith":
                    selector.Exclude(SelectorDraft.One("name", Name(link) + "*"));
                    break;
                case "DoNotHaveName":
                    selector.Exclude(SelectorDraft.One("name", Name(link)));
                    break;
                case "DoNotInherit":
                    selector.Exclude(SelectorDraft.One("inherits", arguments.Type(link).FullName));
                    break;
                case "DoNotImplementInterface":
                    selector.Exclude(SelectorDraft.One("implements", arguments.Type(link).FullName));
                    break;
                case "DoNotHaveCustomAttribute":
                    selector.Exclude(SelectorDraft.One("has-attribute", arguments.Type(link).FullName));
                    break;
                case "Inherit":
                    selector.Require("inherits", arguments.Type(link).FullName);
                    break;
                case "ImplementInterface":
                    selector.Require("implements", arguments.Type(link).FullName);
                    break;
                case "HaveCustomAttribute":
                    selector.Require("has-attribute", arguments.Type(link).FullName);
                    break;
                case "AreClasses":
                case "AreNotInterfaces":
                    TestCodeArguments.NoArguments(link);
                    selector.Exclude(SelectorDraft.One("kind", "interface"));
                    break;
                case "AreInterfaces":
                    TestCodeArguments.NoArguments(link);
                    selector.Require("kind", "interface");
                    break;
                case "ArePublic":
                    TestCodeArguments.NoArguments(link);
                    selector.Require("visibility", "public");
                    break;
                case "AreNotPublic":
                    TestCodeArguments.NoArguments(link);
                    selector.Exclude(SelectorDraft.One("visibility", "public"));
                    break;
                case "AreNotAbstract":
                    // NetArchTest reads the IL flag, which a static class carries too (abstract sealed): it is left out as well.
                    TestCodeArguments.NoArguments(link);
                    selector.Require("abstract", "false");
                    selector.Require("static", "false");
                    break;
                case "MeetCustomRule":
                    throw new UntranslatableException("'MeetCustomRule' is a custom predicate written in C#");
                default:
                    throw new UntranslatableException($"the predicate '{link.Name}' has no TechLead selector");
            }
        }
    }

    private List<RuleDraft> Conditions(string id, ChainSelector from, List<ChainLink> conditions, bool negated)
    {
        if (conditions.Count == 0)
        {
            throw new UntranslatableException("'Should()' without a condition");
        }

        if (conditions.Any(c => c.Name == "Or"))
        {
            throw new UntranslatableException("conditions joined with 'Or' have no single TechLead rule");
        }

        var parts = conditions.Where(c => c.Name != "And").ToList();
        if (parts is [var forbid] && Forbids(forbid, negated) && forbid.Arguments is [var names] && SelectionNamed(names.Expression) is { } target)
        {
            return [new RuleDraft(id, "forbid").With("from", from.ToYaml()).With("to", target.ToYaml())];
        }

        if (parts.All(c => ForbiddenDependencies(c, negated) is not null))
        {
            var to = parts.SelectMany(c => ForbiddenDependencies(c, negated)!).Distinct(StringComparer.Ordinal).ToList();
            return [new RuleDraft(id, "forbid").With("from", from.ToYaml()).With("to", to)];
        }

        if (parts.Count > 1 && negated)
        {
            throw new UntranslatableException("'ShouldNot()' with several conditions joined with 'And' fails only types that meet all of them; each TechLead rule checks one condition");
        }

        // Should().A().And().B(): a type fails when it breaks A or B, which a rule for A and a rule for B flag together.
        // BeClasses() beside BeSealed() or BeStatic() adds nothing: an interface is neither sealed nor static, so those
        // rules flag it already.
        if (parts.Count > 1 && parts.Any(p => p.Name is "BeSealed" or "BeStatic"))
        {
            parts.RemoveAll(p => p.Name == "BeClasses");
        }

        return parts.Select((part, i) => Condition(i == 0 ? id : id + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), from, part, negated)).ToList();
    }

    private RuleDraft Condition(string id, ChainSelector from, ChainLink link, bool negated)
    {
        var types = from.ToYaml();
        switch ((link.Name, negated))
        {
            case ("OnlyHaveDependenciesOn", false):
            case ("HaveDependenciesOtherThan", true):
                return AllowOnly(id, from, arguments.Strings(link));
            case ("BeSealed", false):
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("sealed", "true");
            case ("BeStatic", false):
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("static", "true");
            case ("BeClasses", false):
                throw new UntranslatableException("'Should().BeClasses()' (no selected type may be an interface) has no TechLead rule unless 'BeSealed()' or 'BeStatic()' goes with it: TechLead rules say what the selected types must be, not which kinds a selection may hold");
            case ("BeImmutable", false):
            case ("BeMutable", true):
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("immutable", "true");
            case ("NotBePublic", false):
            case ("BePublic", true):
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("visibility", "internal");
            case ("HaveNameEndingWith", false):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "(?i)" + Regex.Escape(Name(link)) + "$");
            case ("HaveNameStartingWith", false):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "(?i)^" + Regex.Escape(Name(link)));
            case ("NotHaveNameEndingWith", false):
            case ("HaveNameEndingWith", true):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "(?i)^(?!.*" + Regex.Escape(Name(link)) + "$)");
            case ("NotHaveNameStartingWith", false):
            case ("HaveNameStartingWith", true):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "(?i)^(?!" + Regex.Escape(Name(link)) + ")");
            case ("HaveNameMatching", false):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", IgnoreCase(arguments.String(link)));
            case ("HaveNameMatching", true):
            case ("NotHaveNameMatching", false):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", IgnoreCase("^(?!.*(?:" + arguments.String(link) + "))"));
            case ("ResideInNamespace", false):
            case ("ResideInNamespaceStartingWith", false):
                return new RuleDraft(id, "placement").With("types", types).With("namespace", NamespacePrefix(Namespace(link)));
            case ("NotBeNested", false):
            case ("BeNested", true):
            case ("BeNested", false):
            case ("NotBeNested", true):
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("nested", (link.Name == "BeNested") != negated ? "true" : "false");
            case ("ResideInNamespaceMatching", false):
                return new RuleDraft(id, "placement").With("types", types).With("namespace-matches", IgnoreCase(arguments.String(link)));
            case ("ResideInNamespaceContaining", false):
                return new RuleDraft(id, "placement").With("types", types).With("namespace-matches", IgnoreCase(Regex.Escape(Name(link))));
            case ("ResideInNamespaceEndingWith", false):
                return new RuleDraft(id, "placement").With("types", types).With("namespace-matches", IgnoreCase(Regex.Escape(Name(link)) + "$"));
            case ("ImplementInterface", false):
                return new RuleDraft(id, "must-implement").With("types", types).With("type", arguments.Type(link).FullName);
            case ("Inherit", false):
                return new RuleDraft(id, "must-inherit").With("types", types).With("type", arguments.Type(link).FullName);
            case ("NotImplementInterface" or "NotInherit", false):
            case ("ImplementInterface" or "Inherit", true):
                return ForbiddenBase.Condition(id, from, link, arguments, failsTheTypeItself: false);
            case ("HaveCustomAttribute", false):
            case ("NotHaveCustomAttribute", true):
                return new RuleDraft(id, "attributes").With("types", types).With("require", [arguments.Type(link).FullName]);
            case ("NotHaveCustomAttribute", false):
            case ("HaveCustomAttribute", true):
                return new RuleDraft(id, "attributes").With("types", types).With("forbid", [arguments.Type(link).FullName]);
            case ("MeetCustomRule", _):
                throw new UntranslatableException("'MeetCustomRule' is a custom condition written in C#");
            case ("HaveDependencyOn" or "HaveDependencyOnAny" or "HaveDependencyOnAll", false):
                throw new UntranslatableException($"'Should().{link.Name}' requires a dependency; TechLead rules forbid or allow dependencies, they do not require one");
            case ("HaveDependencyOnAll", true):
            case ("NotHaveDependencyOnAll", false):
                throw new UntranslatableException($"'{link.Name}' with several names fails only types that use all of them; TechLead's forbid fails a type that uses any of them");
            case (_, false) when ConditionBlockers.Reason(link.Name) is var reason && !reason.StartsWith("the condition", System.StringComparison.Ordinal):
                throw new UntranslatableException(reason);
            default:
                throw new UntranslatableException($"the condition '{(negated ? "ShouldNot()." : string.Empty)}{link.Name}' has no TechLead rule of the same meaning");
        }
    }

    // Names whose use the condition forbids, or null when the condition is not a forbidden dependency.
    private List<string>? ForbiddenDependencies(ChainLink link, bool negated)
    {
        // HaveDependencyOnAll forbids each name only when it has one: an array of several fails only the types that use all of them.
        var forbids = Forbids(link, negated)
            || ((link.Name, negated) is ("HaveDependencyOnAll", true) or ("NotHaveDependencyOnAll", false) && arguments.Strings(link).Count == 1);
        return forbids ? arguments.Strings(link).Select(DependencyGlob).ToList() : null;
    }

    private static bool Forbids(ChainLink link, bool negated) => (link.Name, negated) is
        ("HaveDependencyOn" or "HaveDependencyOnAny", true) or ("NotHaveDependencyOn" or "NotHaveDependencyOnAny", false);

    // The full names of another selection's types, forbidden as dependencies: Types.InAssembly(a).That()...GetTypes()
    // .Select(t => t.FullName), also behind locals and helpers. The rule forbids that selection, so a type added to it
    // later is forbidden too, as the test would forbid it the next time it runs.
    private ChainSelector? SelectionNamed(ExpressionSyntax expression, int depth = 0)
    {
        // An extension method declared in source that ends the chain (selection.GetModuleTypes()): read what it returns.
        if (depth < 4 && expression is IdentifierNameSyntax && arguments.Resolution.MemberValue(expression) is { } held)
        {
            return SelectionNamed(held, depth + 1);
        }

        if (depth < 4 && expression is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member, ArgumentList.Arguments.Count: 0 } call
            && arguments.Resolution.MethodOf(call) is { ParameterList.Parameters: [var receiver] } helper && receiver.Modifiers.Any(m => m.ValueText == "this")
            && FluentChain.Returned(helper) is { } returned)
        {
            ValueBindings.BindForChain(helper, receiver.Identifier.ValueText, member.Expression);
            return SelectionNamed(returned, depth + 1);
        }

        var links = FluentChain.Read(expression, arguments.Index) is { RootName: "Types" } chain ? chain.Links.ToList() : null;
        while (links is [.., { Name: "ToArray" or "ToList" or "Distinct" or "AsEnumerable", Arguments.Count: 0 }])
        {
            links.RemoveAt(links.Count - 1);
        }

        if (links is not [var start, .., { Name: "GetTypes", Arguments.Count: 0 }, { Name: "Select", Arguments: [{ Expression: var projection }] }] || !IsFullName(projection))
        {
            return null;
        }

        var selector = new ChainSelector();
        if (links.Count > 3)
        {
            if (links[1].Name != "That")
            {
                return null;
            }

            ReadPredicates(links.Skip(2).Take(links.Count - 4).ToList(), selector);
        }

        Scope(start, selector);
        return selector;
    }

    private static bool IsFullName(ExpressionSyntax projection) => projection switch
    {
        SimpleLambdaExpressionSyntax { Parameter.Identifier.ValueText: var parameter, Body: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "FullName", Expression: IdentifierNameSyntax { Identifier.ValueText: var owner } } } => owner == parameter,
        _ => false,
    };

    // NetArchTest allows a dependency when every referenced type's name lies under one of the names, segment by segment;
    // it also counts System.Object as the base of every class, so without "System" in the list every class fails.
    private static RuleDraft AllowOnly(string id, ChainSelector from, IReadOnlyList<string> allowed)
    {
        var names = allowed.Select(a => a.TrimEnd('.')).ToList();
        if (!names.Contains("System"))
        {
            throw new UntranslatableException("'OnlyHaveDependenciesOn' without \"System\" fails every class (NetArchTest counts System.Object); TechLead's allow-only always allows System.Object");
        }

        var namespaces = from.NamespacesPerGroup;
        if (namespaces.Count == 0 || namespaces.Any(g => !g.Any(ns => names.Any(n => n != "System" && DottedName.IsAtOrUnder(ns, n)))))
        {
            throw new UntranslatableException("NetArchTest flags dependencies among the selected types unless their namespace is in the list; TechLead's allow-only always allows them, so the selected types' namespace must be one of the allowed names");
        }

        // Names under System add nothing next to "System" itself, which allow-only allows by default.
        var other = names.Where(n => n != "System" && !n.StartsWith("System.", StringComparison.Ordinal)).Select(DependencyGlob).ToList();
        return new RuleDraft(id, "allow-only").With("from", from.ToYaml()).With("to", other);
    }

    // NetArchTest builds every name regex with RegexOptions.IgnoreCase and matches it anywhere in the name.
    private static string IgnoreCase(string pattern) => "(?i)" + pattern;

    private string Namespace(ChainLink link)
    {
        var ns = arguments.String(link);
        if (link.Name.EndsWith("StartingWith", StringComparison.Ordinal) && Regex.Escape(ns).Replace("\\.", ".", StringComparison.Ordinal) != ns)
        {
            throw new UntranslatableException($"'{link.Name}' reads \"{ns}\" as a regular expression; only plain names are imported");
        }

        return Plain(ns, link);
    }

    private string Name(ChainLink link)
    {
        if (link.Arguments.Count > 1)
        {
            throw new UntranslatableException($"'{link.Name}' with a StringComparison: TechLead names compare with case as written");
        }

        return Plain(arguments.String(link), link);
    }

    private static string Plain(string value, ChainLink link) =>
        value.Length == 0 || value.IndexOfAny(['*', '?', '{', '}', '[', ']', ',', ' ']) >= 0
            ? throw new UntranslatableException($"'{link.Name}(\"{value}\")' contains characters a TechLead glob reads differently")
            : value;

    // A prefix of the full name: "Shop.Domain" also matches Shop.DomainEvents, so the last segment gets a '*'.
    private static string NamespacePrefix(string prefix) => prefix.EndsWith('.') ? prefix + "**" : prefix + "*.**";

    // Dependency names match whole segments: "Shop.Infrastructure" is that namespace or type and everything below it.
    // A name that starts with a dot (".Persistence.") is no prefix of any dependency's full name: the test never fails for it,
    // and a glob flagging every ".Persistence." segment would flag what the test does not.
    private static string DependencyGlob(string name) => name.StartsWith('.')
        ? throw new UntranslatableException($"the dependency name '{name}' starts with a dot: NetArchTest matches a dependency's full name from its start, so it matches no type and the test never fails for it; write the namespace (e.g. 'Shop.Modules.Orders{name.TrimEnd('.')}'), or, if every namespace with that segment is meant, a TechLead rule with '**{name.TrimEnd('.')}.**'")
        : name.TrimEnd('.') + ".**";
}
