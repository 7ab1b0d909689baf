using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// One ArchUnitNET 0.13.5 rule (<c>Types().That()...Should()...Because(..)</c>) as one TechLead rule of the
/// same meaning, or an <see cref="UntranslatableException"/> saying why there is none. Object providers
/// given to conditions (<c>Types().That().ResideInNamespace("X").As("Domain")</c>, often kept in fields as
/// layers) are read as selectors. ArchUnitNET's <c>ResideInNamespace</c> is the exact namespace (no sub-namespaces).
/// </summary>
internal sealed class ArchUnitNetChainTranslator(TestCodeArguments arguments)
{
    private static readonly string[] Roots = ["Types", "Classes", "Interfaces"];

    public static bool StartsAtRoot(FluentChain chain) =>
        chain.Links.Count > 0 && Roots.Contains(chain.Links[0].Name) && (chain.Root is null || chain.RootName == "ArchRuleDefinition");

    /// <summary>A member rule: <c>MethodMembers()</c>, <c>PropertyMembers()</c>, <c>FieldMembers()</c> or <c>Members()</c>.</summary>
    public static bool StartsAtMemberRoot(FluentChain chain) =>
        chain.Links.Count > 0 && ArchUnitNetMemberTranslator.Roots.Contains(chain.Links[0].Name) && (chain.Root is null || chain.RootName == "ArchRuleDefinition");

    public IReadOnlyList<RuleDraft> Translate(FluentChain chain, string id)
    {
        var links = chain.Links.ToList();
        if (ArchUnitNetObjectNames.IsNameCheck(chain))
        {
            var getObjects = links.Count - 2;
            return [new RuleDraft(id, "naming").With("types", Provider(links.Take(getObjects).ToList()).ToYaml()).With("pattern", ArchUnitNetObjectNames.Pattern(chain, arguments))];
        }

        var should = links.FindIndex(l => l.Name == "Should");
        var members = StartsAtMemberRoot(chain);
        if (!(StartsAtRoot(chain) || members) || should < 0)
        {
            throw new UntranslatableException("the rule does not start at Types(), Classes() or Interfaces() followed by Should()");
        }

        var because = links.FindIndex(l => l.Name == "Because");
        var end = links.FindIndex(should, l => l.Name is "Check" or "Evaluate" or "HasNoViolations" or "Because" or "WithoutRequiringPositiveResults");
        var conditions = links.Skip(should + 1).Take((end < 0 ? links.Count : end) - should - 1).ToList();
        var rules = members
            ? [new ArchUnitNetMemberTranslator(arguments, Targets).Translate(id, links.Take(should).ToList(), conditions)]
            : conditions.Any(c => c.Name == "OrShould")
                ? new OrShouldClauses(arguments, () => Provider(links.Take(should).ToList()), Condition).Rules(id, conditions)
                : Conditions(id, Provider(links.Take(should).ToList()), conditions);
        if (because >= 0)
        {
            // The reason documents the rule; one built at run time is kept as the code that builds it rather than losing the rule.
            var reason = links[because].Arguments is [{ Expression: var text }] ? arguments.TryString(text) ?? TestClassScan.Collapse(text.ToString()) : arguments.String(links[because]);
            foreach (var rule in rules)
            {
                rule.Because = reason;
            }
        }

        return rules;
    }

    // Should().A().AndShould().B(): a type fails when it breaks A or B, which is what a rule for A and a rule for B
    // flag together. Forbidden dependencies joined this way stay one forbid rule. OrShould: OrShouldClauses.
    private List<RuleDraft> Conditions(string id, ChainSelector from, List<ChainLink> conditions)
    {
        var groups = new List<List<ChainLink>> { new() };
        foreach (var link in conditions)
        {
            if (link.Name == "AndShould")
            {
                groups.Add([]);
            }
            else
            {
                groups[^1].Add(link);
            }
        }

        if (groups.Count > 1 && groups.All(g => g is [{ Name: "NotDependOnAny" }]))
        {
            return [Condition(id, from, conditions)];
        }

        var rules = new List<RuleDraft>();
        for (var i = 0; i < groups.Count; i++)
        {
            rules.Add(Condition(i == 0 ? id : id + "-" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), from, groups[i]));
        }

        return rules;
    }

    // ToArchitectureRule(this IArchRule rule): an extension method of the suite ending the chain, not a library condition.
    private bool IsDeclaredInSource(ChainLink link) =>
        arguments.Index.Files.Where(f => f.Problem is null).Any(f => f.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()
            .Any(m => m.Identifier.ValueText == link.Name && m.ParameterList.Parameters is [{ Modifiers: var modifiers }, ..] && modifiers.Any(t => t.ValueText == "this")));

    // includeReferenced: Types(true) also selects types of assemblies the test does not load; as a dependency target
    // that is what a TechLead selector means anyway, as the checked types it is not.
    private ChainSelector Provider(List<ChainLink> links, bool target = false)
    {
        var selector = new ChainSelector();
        if (links[0].Arguments.Count > 0 && !target)
        {
            throw new UntranslatableException($"'{links[0].Name}(true)' checks referenced types that are not part of the loaded assemblies");
        }

        var that = links.FindIndex(l => l.Name == "That");
        var predicates = that < 0 ? [] : links.Skip(that + 1).Where(l => l.Name != "As").ToList();
        Predicates(predicates, selector);

        switch (links[0].Name)
        {
            case "Classes":
                // ArchUnitNET's classes: records and delegates too, not interfaces, structs or enums (in every alternative).
                foreach (var kind in new[] { "interface", "struct", "enum" })
                {
                    selector.ExcludeEverywhere(SelectorDraft.One("kind", kind));
                }

                break;
            case "Interfaces":
                selector.RequireEverywhere("kind", "interface");
                break;
        }

        return selector;
    }

    private void Predicates(IEnumerable<ChainLink> predicates, ChainSelector selector)
    {
        var everywhere = false;
        foreach (var link in predicates)
        {
            switch (link.Name)
            {
                // ArchUnitNET joins predicates left to right, without precedence: ((a And b) Or c) And d. An And after
                // an Or therefore applies to every alternative so far.
                case "And":
                    everywhere = selector.Alternatives > 1;
                    break;
                case "Or":
                    everywhere = false;
                    selector.Or();
                    break;
                case var _ when everywhere:
                    var condition = new ChainSelector();
                    Predicate(link, condition);
                    selector.IntersectEverywhere(condition);
                    break;
                default:
                    Predicate(link, selector);
                    break;
            }
        }
    }

    private void Predicate(ChainLink link, ChainSelector selector)
    {
        switch (link.Name)
        {
            case "And":
                break;
            case "Or":
                selector.Or();
                break;
            case "ResideInNamespace" or "ResideInNamespaceMatching" when UsesRegex(link):
                RequireNamespaceRegex(selector, arguments.String(link));
                break;
            case "ResideInNamespace":
                var ns = Plain(link);
                selector.Require("namespace", ns, ns);
                break;
            case "DoNotResideInNamespace" or "DoNotResideInNamespaceMatching" when UsesRegex(link):
                var excluded = arguments.String(link);
                selector.Exclude(NamespaceRegex.Glob(excluded) is { } excludedGlob ? SelectorDraft.One("namespace", excludedGlob) : SelectorDraft.One("namespace-matches", excluded));
                break;
            case "DoNotResideInNamespace":
                selector.Exclude(SelectorDraft.One("namespace", Plain(link)));
                break;
            case "ResideInNamespaceContaining":
                selector.Require("namespace-matches", Regex.Escape(Plain(link)));
                break;
            case "DoNotResideInNamespaceContaining":
                selector.Exclude(SelectorDraft.One("namespace-matches", Regex.Escape(Plain(link))));
                break;
            case "HaveName" or "HaveNameMatching" when UsesRegex(link):
                selector.Require("name-matches", arguments.String(link));
                break;
            case "HaveName":
                selector.Require("name", Plain(link));
                break;
            case "DoNotHaveName" or "DoNotHaveNameMatching" when UsesRegex(link):
                selector.Exclude(SelectorDraft.One("name-matches", arguments.String(link)));
                break;
            case "DoNotHaveName":
                selector.Exclude(SelectorDraft.One("name", Plain(link)));
                break;
            case "HaveFullName" or "HaveFullNameMatching" when UsesRegex(link):
                selector.Require("full-name-matches", arguments.String(link));
                break;
            case "HaveFullName":
                selector.Require("full-name-matches", "^" + Regex.Escape(arguments.String(link)) + "$");
                break;
            case "DoNotHaveFullName" or "DoNotHaveFullNameMatching" when UsesRegex(link):
                selector.Exclude(SelectorDraft.One("full-name-matches", arguments.String(link)));
                break;
            case "DoNotHaveFullName":
                selector.Exclude(SelectorDraft.One("full-name-matches", "^" + Regex.Escape(arguments.String(link)) + "$"));
                break;
            case "HaveNameContaining":
                selector.Require("name", "*" + Plain(link) + "*");
                break;
            case "DoNotHaveNameContaining":
                selector.Exclude(SelectorDraft.One("name", "*" + Plain(link) + "*"));
                break;
            case "HaveFullNameContaining":
                selector.Require("full-name-matches", Regex.Escape(arguments.String(link)));
                break;
            case "DoNotHaveFullNameContaining":
                selector.Exclude(SelectorDraft.One("full-name-matches", Regex.Escape(arguments.String(link))));
                break;
            case "HaveNameEndingWith":
                selector.Require("name", "*" + Plain(link));
                break;
            case "HaveNameStartingWith":
                selector.Require("name", Plain(link) + "*");
                break;
            case "DoNotHaveNameEndingWith":
                selector.Exclude(SelectorDraft.One("name", "*" + Plain(link)));
                break;
            case "DoNotHaveNameStartingWith":
                selector.Exclude(SelectorDraft.One("name", Plain(link) + "*"));
                break;
            case "ImplementInterface":
                selector.Require("implements", arguments.Type(link).FullName);
                break;
            case "DoNotImplementInterface":
                selector.Exclude(SelectorDraft.One("implements", arguments.Type(link).FullName));
                break;
            case "AreAssignableTo":
                selector.Intersect(AssignableTo.Selector(AssignableTo.Types(link, arguments)));
                break;
            case "AreNotAssignableTo":
                foreach (var type in AssignableTo.Types(link, arguments))
                {
                    foreach (var excludedType in AssignableTo.Excluded(type))
                    {
                        selector.Exclude(excludedType);
                    }
                }

                break;
            case "Are":
                selector.Intersect(ProviderArgument(link));
                break;
            case "AreNot":
                foreach (var excludedProvider in Alternatives(ProviderArgument(link)))
                {
                    selector.Exclude(excludedProvider);
                }

                break;
            case "AreInterfaces":
                TestCodeArguments.NoArguments(link);
                selector.Require("kind", "interface");
                break;
            case "AreNotInterfaces":
                TestCodeArguments.NoArguments(link);
                selector.Exclude(SelectorDraft.One("kind", "interface"));
                break;
            case "AreAbstract" or "AreNotAbstract" or "AreSealed" or "AreNotSealed":
                TestCodeArguments.NoArguments(link);
                selector.Require(link.Name.Contains("Abstract", StringComparison.Ordinal) ? "abstract" : "sealed", link.Name.StartsWith("AreNot", StringComparison.Ordinal) ? "false" : "true");
                break;
            case "ArePublic":
                TestCodeArguments.NoArguments(link);
                selector.Require("visibility", "public");
                break;
            case "AreNotPublic":
                TestCodeArguments.NoArguments(link);
                selector.Exclude(SelectorDraft.One("visibility", "public"));
                break;
            case "ResideInAssemblyMatching" or "ResideInAssembly" when UsesRegex(link):
                selector.Require("assembly-matches", AssemblyNameRegex.ForSimpleName(arguments.String(link)));
                break;
            case "DoNotResideInAssemblyMatching" or "DoNotResideInAssembly" when UsesRegex(link):
                selector.Exclude(SelectorDraft.One("assembly-matches", AssemblyNameRegex.ForSimpleName(arguments.String(link))));
                break;
            case "ResideInAssembly" when link.Arguments.Count == 1:
                selector.Require("assembly", new AssemblyArguments(arguments).Name(link.Arguments[0].Expression));
                break;
            case "DoNotResideInAssembly" when link.Arguments.Count == 1:
                selector.Exclude(SelectorDraft.One("assembly", new AssemblyArguments(arguments).Name(link.Arguments[0].Expression)));
                break;
            case "FollowCustomPredicate":
                throw new UntranslatableException("'FollowCustomPredicate' is a custom predicate written in C#");
            default:
                throw new UntranslatableException($"the predicate '{link.Name}' has no TechLead selector");
        }
    }

    private RuleDraft Condition(string id, ChainSelector from, List<ChainLink> conditions)
    {
        if (conditions.Count > 0 && conditions[0].Name == "NotDependOnAnyTypesThat")
        {
            // The older spelling: Should().NotDependOnAnyTypesThat().ResideInNamespace("X")...
            var target = new ChainSelector();
            Predicates(conditions.Skip(1), target);

            return new RuleDraft(id, "forbid").With("from", from.ToYaml()).With("to", target.ToYaml());
        }

        var parts = conditions.Where(c => c.Name != "AndShould").ToList();
        if (conditions.Any(c => c.Name == "OrShould"))
        {
            throw new UntranslatableException("conditions joined with 'OrShould' have no single TechLead rule");
        }

        if (parts.Count > 1 && parts.All(p => p.Name == "NotDependOnAny"))
        {
            // AndShould().NotDependOnAny(...) repeated: none of the targets may be used.
            var targets = new ChainSelector();
            foreach (var part in parts)
            {
                targets.Union(Targets(part));
            }

            return new RuleDraft(id, "forbid").With("from", from.ToYaml()).With("to", targets.ToYaml());
        }

        if (parts.Count > 1 && parts.FirstOrDefault(IsDeclaredInSource) is { } declared)
        {
            throw new UntranslatableException($"'{declared.Name}' after the conditions is a method declared in the suite, not an ArchUnitNET condition: what it does with the rule is the suite's own code; end the chain at its conditions (Check, or the library's Evaluate) and it imports");
        }

        if (parts.Count != 1)
        {
            throw new UntranslatableException(parts.Count == 0 ? "'Should()' without a condition" : "several conditions joined with 'AndShould' have no single TechLead rule unless all are 'NotDependOnAny'");
        }

        var link = parts[0];
        var types = from.ToYaml();
        switch (link.Name)
        {
            case "NotDependOnAny":
                return new RuleDraft(id, "forbid").With("from", types).With("to", Targets(link).ToYaml());
            case "OnlyDependOn":
                return AllowOnly(id, from, link);
            case "BeSealed":
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("sealed", "true");
            case "ImplementInterface":
                return new RuleDraft(id, "must-implement").With("types", types).With("type", arguments.Type(link).FullName);
            case "BeAssignableTo":
                return AssignableTo.Condition(id, from, link, arguments);
            case "HavePropertyMemberWithName" or "HaveFieldMemberWithName":
                return MemberWithName.Condition(id, types, link, arguments);
            case "NotImplementInterface" or "NotBeAssignableTo":
                return ForbiddenBase.Condition(id, from, link, arguments, failsTheTypeItself: link.Name == "NotBeAssignableTo");
            case "HaveName" or "HaveNameMatching" when UsesRegex(link):
                return new RuleDraft(id, "naming").With("types", types).With("pattern", arguments.String(link));
            case "HaveName":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "^" + Regex.Escape(Plain(link)) + "$");
            case "HaveNameContaining":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", Regex.Escape(Plain(link)));
            case "NotHaveNameContaining":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "^(?!.*" + Regex.Escape(Plain(link)) + ")");
            case "NotHaveNameEndingWith":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "^(?!.*" + Regex.Escape(Plain(link)) + "$)");
            case "NotHaveNameStartingWith":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "^(?!" + Regex.Escape(Plain(link)) + ")");
            case "NotBePublic":
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("visibility", "internal");
            case "BePublic":
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("visibility", "public");
            case "BeInternal":
                // TechLead's internal is "not public": a private nested type passes, where ArchUnitNET asks for internal exactly.
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("visibility", "internal");
            case "NotBeNested" or "BeNested":
                // A type declared inside another; ArchUnitNET, like TechLead's engines, leaves out the compiler's nested types.
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("nested", link.Name == "BeNested" ? "true" : "false");
            case "BeAbstract":
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("abstract", "true");
            case "NotBeAbstract":
                // ArchUnitNET reads IL's abstract flag, which a static class also carries: neither abstract nor static.
                TestCodeArguments.NoArguments(link);
                return new RuleDraft(id, "modifiers").With("types", types).With("static", "false").With("abstract", "false");
            case "ResideInNamespace" or "ResideInNamespaceMatching" when UsesRegex(link):
                // The regex as ArchUnitNET reads it (anywhere, case-sensitive) is what namespace-matches means; a glob where one says the same.
                return NamespaceRegex.Glob(arguments.String(link)) is { } placed
                    ? new RuleDraft(id, "placement").With("types", types).With("namespace", placed)
                    : new RuleDraft(id, "placement").With("types", types).With("namespace-matches", arguments.String(link));
            case "HaveNameEndingWith":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", Regex.Escape(Plain(link)) + "$");
            case "HaveNameStartingWith":
                return new RuleDraft(id, "naming").With("types", types).With("pattern", "^" + Regex.Escape(Plain(link)));
            case "ResideInNamespace":
                return new RuleDraft(id, "placement").With("types", types).With("namespace", Plain(link));
            case "Be":
                var target = ProviderArgument(link);
                if (target.NamespacesPerGroup is [[var only]] && target.ToYaml() is YamlDraftMapping { Entries.Count: 1 })
                {
                    return new RuleDraft(id, "placement").With("types", types).With("namespace", only);
                }

                throw new UntranslatableException("'Be(...)' with anything but one namespace has no TechLead rule of the same meaning");
            case "AdhereToPlantUmlDiagram":
                return PlantUmlDiagram(id, from, link);
            case "FollowCustomCondition":
                throw new UntranslatableException("'FollowCustomCondition' is a custom condition written in C#");
            case "DependOnAny":
                throw new UntranslatableException("'DependOnAny' requires a dependency; TechLead rules forbid or allow dependencies, they do not require one");
            default:
                throw new UntranslatableException(ConditionBlockers.Reason(link.Name));
        }
    }

    // Types().Should().AdhereToPlantUmlDiagram("file.puml"): the diagram, read from the repository, goes into the ADR.
    private RuleDraft PlantUmlDiagram(string id, ChainSelector from, ChainLink link)
    {
        if (!from.IsEverything)
        {
            throw new UntranslatableException("'AdhereToPlantUmlDiagram' on a subset of the types ('That()...') has no TechLead rule of the same meaning; a diagram rule holds every type of its components");
        }

        var written = arguments.String(link);
        var root = arguments.Index.Root;
        var file = PlantUmlDiagramImport.Locate(written, link.Node.SyntaxTree.FilePath, root)
            ?? throw new UntranslatableException($"the diagram '{written}' was not found beside the test or in a folder above it; import it by hand into a ```plantuml block of the ADR");
        return PlantUmlDiagramImport.Translate(id, Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/'), File.ReadAllText(file));
    }

    // ArchUnitNET checks only dependencies on types of the loaded assemblies; TechLead's allow-only checks all of them,
    // so everything outside those assemblies is allowed explicitly. The selected types must themselves be allowed,
    // because TechLead always allows dependencies among them.
    private RuleDraft AllowOnly(string id, ChainSelector from, ChainLink link)
    {
        var to = Targets(link);
        var allowedNamespaces = to.NamespacesPerGroup.SelectMany(g => g).ToHashSet(StringComparer.Ordinal);
        if (from.NamespacesPerGroup.Count == 0 || from.NamespacesPerGroup.Any(g => !g.Any(allowedNamespaces.Contains)))
        {
            throw new UntranslatableException("ArchUnitNET flags dependencies among the selected types unless they are allowed too; TechLead's allow-only always allows them, so the selected namespace must be one of the allowed ones");
        }

        var assemblies = LoadedAssemblies(link.Node);
        var outside = new YamlDraftMapping([new("name", new YamlDraftScalar("*")), new("except", new YamlDraftSequence(assemblies.Select(a => SelectorDraft.One("assembly", a))))]);
        return new RuleDraft(id, "allow-only").With("from", from.ToYaml()).With("to", to.ToYaml()).With("also-allow", new YamlDraftSequence([outside]));
    }

    private List<string> LoadedAssemblies(SyntaxNode at)
    {
        var type = at.FirstAncestorOrSelf<ClassDeclarationSyntax>();
        var loads = arguments.Index.Files
            .SelectMany(f => f.Tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>())
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "LoadAssemblies" or "LoadAssembliesIncludingDependencies" })
            .Where(i => i.SyntaxTree == at.SyntaxTree || type?.BaseList is not null)
            .ToList();
        var inFile = loads.Where(i => i.SyntaxTree == at.SyntaxTree).ToList();
        var chosen = inFile.Count > 0 ? inFile : loads;
        if (chosen.Count != 1 || chosen[0].Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "LoadAssembliesIncludingDependencies" })
        {
            throw new UntranslatableException("'OnlyDependOn' checks only the assemblies the test loads; the importer needs one LoadAssemblies(...) call it can read");
        }

        var names = new AssemblyArguments(arguments);
        return chosen[0].ArgumentList.Arguments.Select(a => names.Name(a.Expression)).Distinct(StringComparer.Ordinal).ToList();
    }

    private ChainSelector Targets(ChainLink link)
    {
        if (link.Arguments.Count > 0 && link.Arguments.All(a => a.Expression is TypeOfExpressionSyntax))
        {
            // typeof(X) targets are one type each: its namespace and its simple name.
            var selector = new ChainSelector();
            for (var i = 0; i < link.Arguments.Count; i++)
            {
                if (i > 0)
                {
                    selector.Or();
                }

                var type = arguments.Type(((TypeOfExpressionSyntax)link.Arguments[i].Expression).Type);
                selector.Require("name", type.Name);
                selector.Require("namespace", type.Namespace, type.Namespace);
            }

            return selector;
        }

        return FullNamePatterns.Applies(link, arguments) ? FullNamePatterns.Selector(link, arguments) : ProviderArgument(link, target: true);
    }

    private ChainSelector ProviderArgument(ChainLink link, bool target = false)
    {
        if (link.Arguments.Count != 1)
        {
            throw new UntranslatableException($"'{link.Name}' with {link.Arguments.Count} arguments is not supported");
        }

        var argument = link.Arguments[0].Expression;
        if (argument is TypeOfExpressionSyntax)
        {
            // Are(typeof(X)) / Be(typeof(X)): that one type.
            return Targets(link);
        }

        var chain = FluentChain.Read(argument, arguments.Index);
        if (!StartsAtRoot(chain) || chain.Links.Any(l => l.Name == "Should"))
        {
            throw new UntranslatableException($"the argument of '{link.Name}' ('{link.Arguments[0]}') is not a Types()/Classes()/Interfaces() selection the importer can read");
        }

        return Provider(chain.Links.ToList(), target);
    }

    // ArchUnitNET's …Matching predicates, and the older overloads with useRegularExpressions: true, read a .NET regex
    // matched anywhere in the name: exactly what the *-matches selector keys mean. A regex that says what a glob says
    // is written as the glob.
    private static void RequireNamespaceRegex(ChainSelector selector, string pattern)
    {
        if (NamespaceRegex.Glob(pattern) is { } glob)
        {
            selector.Require("namespace", glob);
        }
        else
        {
            selector.Require("namespace-matches", pattern);
        }
    }

    private static bool UsesRegex(ChainLink link)
    {
        if (link.Name.EndsWith("Matching", StringComparison.Ordinal))
        {
            return true;
        }

        return link.Arguments.Count == 2 && link.Arguments[1].Expression.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.TrueLiteralExpression);
    }

    private static IEnumerable<YamlDraftNode> Alternatives(ChainSelector selector) =>
        selector.ToYaml() is YamlDraftSequence list ? list.Items : [selector.ToYaml()];

    private string Plain(ChainLink link)
    {
        if (link.Arguments.Count > 1 && !(link.Arguments.Count == 2 && link.Arguments[1].Expression.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.FalseLiteralExpression)))
        {
            throw new UntranslatableException($"'{link.Name}' with more than one argument (a regular expression or a comparison) is not supported");
        }

        var value = arguments.String(link);
        return value.Length == 0 || value.IndexOfAny(['*', '?', '{', '}', '[', ']', ',', ' ']) >= 0
            ? throw new UntranslatableException($"'{link.Name}(\"{value}\")' contains characters a TechLead glob reads differently")
            : value;
    }
}
