using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// What both test-code importers do around the chains: walk the test classes of a file, translate each
/// chain found in a member into one rule named after the member, and list what cannot be translated
/// (chains in loops or lambdas, test methods whose rule is built elsewhere, files that do not parse).
/// </summary>
internal static partial class TestClassScan
{
    private static readonly string[] TestAttributes = ["Fact", "Theory", "Test", "TestCase", "TestMethod", "DataTestMethod", "SkippableFact"];

    /// <summary>A chain found in a class and what the importer makes of it.</summary>
    public delegate IReadOnlyList<RuleDraft> Translate(ExpressionSyntax chain, string id);

    public static IEnumerable<ImportedDecision> Decisions(
        TestCodeArguments arguments,
        string importer,
        string keyPrefix,
        System.Func<ParsedSourceFile, bool> isCandidate,
        System.Func<ParsedSourceFile, ClassDeclarationSyntax, bool> isOwnClass,
        System.Func<SyntaxNode, IEnumerable<ExpressionSyntax>> chainsOf,
        Translate translate,
        System.Func<ExpressionSyntax, string> quote)
    {
        var index = arguments.Index;
        var candidates = index.Files.Where(isCandidate).ToList();
        var files = index.Files.Where(f => isCandidate(f) || CallsHelperOf(f, candidates, chainsOf, arguments)).ToList();

        // Helpers that tests of any file read through are not imported again on their own (an extension method in a Common folder).
        var inlinedAnywhere = files.Where(f => f.Problem is null)
            .SelectMany(f => f.Tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .SelectMany(c => HelperCalls(c, chainsOf(c).ToList(), chainsOf, arguments))
            .Select(c => c.Helper)
            .ToHashSet();
        foreach (var file in files)
        {
            var relative = index.RelativePath(file.Path);
            if (file.Problem is not null)
            {
                yield return new ImportedDecision(
                    keyPrefix + ":" + relative,
                    Words(System.IO.Path.GetFileNameWithoutExtension(file.Path)),
                    relative,
                    $"Imported from the {importer} tests in `{relative}`, {file.Reading.TrimEnd('.')}.",
                    [],
                    [new NotImportedItem(relative + ":1", relative, file.Problem)]);
                continue;
            }

            foreach (var type in file.Tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            {
                if (ClassOf(type.Parent) is not null || !isOwnClass(file, type))
                {
                    continue;
                }

                var origin = $"Imported from the {importer} test class `{type.Identifier.ValueText}` in `{relative}`, {file.Reading.TrimEnd('.')}.";
                var decision = Decision(arguments, origin, keyPrefix + ":" + relative + "#" + type.Identifier.ValueText, relative, type, chainsOf, translate, quote, inlinedAnywhere);
                if (decision is not null)
                {
                    yield return decision;
                }
            }
        }
    }

    private static ImportedDecision? Decision(
        TestCodeArguments arguments, string origin, string key, string relative, ClassDeclarationSyntax type, System.Func<SyntaxNode, IEnumerable<ExpressionSyntax>> chainsOf, Translate translate, System.Func<ExpressionSyntax, string> quote,
        HashSet<MethodDeclarationSyntax> inlinedAnywhere)
    {
        var index = arguments.Index;
        var rules = new List<RuleDraft>();
        var notImported = new List<NotImportedItem>();
        var ids = new HashSet<string>(System.StringComparer.Ordinal);
        var outcomes = new Dictionary<MethodDeclarationSyntax, (int Rules, int NotImported)>();
        var chains = chainsOf(type).ToList();

        // A test that builds no chain itself but calls a helper that does gets the helper's rules, with the helper's
        // parameters bound to the test's arguments; the helper is not imported a second time on its own.
        var calls = HelperCalls(type, chains, chainsOf, arguments);
        var inlined = calls.Select(c => c.Helper).Concat(inlinedAnywhere).ToHashSet();
        foreach (var chain in chains.Where(c => c.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } m || !inlined.Contains(m)))
        {
            var method = chain.FirstAncestorOrSelf<MethodDeclarationSyntax>();
            var member = chain.FirstAncestorOrSelf<MemberDeclarationSyntax>(m => m is BaseMethodDeclarationSyntax or PropertyDeclarationSyntax or FieldDeclarationSyntax);
            var memberName = member switch
            {
                MethodDeclarationSyntax m => m.Identifier.ValueText,
                PropertyDeclarationSyntax p => p.Identifier.ValueText,
                FieldDeclarationSyntax f => f.Declaration.Variables[0].Identifier.ValueText,
                _ => type.Identifier.ValueText,
            };
            Add(chain, member, memberName, method, index.Location(chain), null);
        }

        foreach (var (test, call, helper, helperChains) in calls)
        {
            foreach (var chain in helperChains)
            {
                Add(chain, helper, test.Identifier.ValueText, test, index.Location(call), () => BindArguments(call, helper));
            }
        }

        void Add(ExpressionSyntax chain, SyntaxNode? member, string name, MethodDeclarationSyntax? method, string location, System.Action? bind)
        {
            using var bindings = ValueBindings.Chain();
            try
            {
                bind?.Invoke();
                if (ExpectedViolation.IsAsserted(chain, member))
                {
                    throw new UntranslatableException(ExpectedViolation.Reason);
                }

                var made = Unrolled(chain, member, arguments, id => translate(chain, id), name, method);
                foreach (var rule in made)
                {
                    var unique = rule.WithId(RuleIds.Unique(rule.Id, ids));
                    unique.Because ??= member is MemberDeclarationSyntax declaration ? AssertionMessage(declaration, arguments) : null;
                    rules.Add(unique);
                }

                Count(outcomes, method, rule: true);
            }
            catch (UntranslatableException e)
            {
                notImported.Add(new NotImportedItem(location, Quoted(chain, quote), e.Message));
                Count(outcomes, method, rule: false);
            }
        }

        var tests = new List<ImportedTest>();
        foreach (var method in type.Members.OfType<MethodDeclarationSyntax>().Where(IsTest))
        {
            outcomes.TryGetValue(method, out var outcome);
            tests.Add(new ImportedTest(index.Location(method.Identifier), method.Identifier.ValueText, outcome.Rules, outcome.NotImported + (outcome.Rules + outcome.NotImported == 0 ? 1 : 0)));
            if (!chains.Any(c => c.FirstAncestorOrSelf<MethodDeclarationSyntax>() == method) && !calls.Any(c => c.Test == method))
            {
                notImported.Add(new NotImportedItem(index.Location(method.Identifier), Collapse(method.Body?.Statements.FirstOrDefault()?.ToString() ?? method.ExpressionBody?.Expression.ToString() ?? method.Identifier.ValueText), NoChainReasons.Of(method, arguments)));
            }
        }

        if (rules.Count == 0 && notImported.Count == 0)
        {
            return null;
        }

        notImported.Sort((a, b) => CompareLocations(a.Location, b.Location));
        return new ImportedDecision(key, Words(type.Identifier.ValueText), relative, origin, rules, notImported) { Tests = tests };
    }

    private static void Count(Dictionary<MethodDeclarationSyntax, (int Rules, int NotImported)> outcomes, MethodDeclarationSyntax? method, bool rule)
    {
        if (method is null)
        {
            return;
        }

        outcomes.TryGetValue(method, out var counts);
        outcomes[method] = rule ? (counts.Rules + 1, counts.NotImported) : (counts.Rules, counts.NotImported + 1);
    }

    public static bool IsTest(MethodDeclarationSyntax method) =>
        method.AttributeLists.SelectMany(l => l.Attributes).Any(a => TestAttributes.Contains(a.Name.ToString().Split('.')[^1].Replace("Attribute", string.Empty, System.StringComparison.Ordinal)));

    public static ClassDeclarationSyntax? ClassOf(SyntaxNode? node) => node?.FirstAncestorOrSelf<ClassDeclarationSyntax>();

    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    // A file that uses neither library itself but whose tests call a helper declared in a file that does (an extension
    // method in a Common folder, a base class's check): its tests are read through that helper, as any other test's.
    private static bool CallsHelperOf(ParsedSourceFile file, List<ParsedSourceFile> candidates, System.Func<SyntaxNode, IEnumerable<ExpressionSyntax>> chainsOf, TestCodeArguments arguments)
    {
        if (file.Problem is not null || candidates.Count == 0)
        {
            return false;
        }

        var trees = candidates.Select(c => c.Tree).ToHashSet();
        foreach (var test in file.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Where(IsTest))
        {
            foreach (var call in test.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                using var bindings = ValueBindings.Chain();
                if (arguments.Resolution.MethodOf(call) is { } helper && trees.Contains(helper.SyntaxTree) && !IsTest(helper) && chainsOf(helper).Any())
                {
                    return true;
                }
            }
        }

        return false;
    }

    // Calls, from test methods without a chain of their own, of helper methods declared in source that build chains.
    private static List<(MethodDeclarationSyntax Test, InvocationExpressionSyntax Call, MethodDeclarationSyntax Helper, List<ExpressionSyntax> Chains)> HelperCalls(
        ClassDeclarationSyntax type, List<ExpressionSyntax> chains, System.Func<SyntaxNode, IEnumerable<ExpressionSyntax>> chainsOf, TestCodeArguments arguments)
    {
        var calls = new List<(MethodDeclarationSyntax, InvocationExpressionSyntax, MethodDeclarationSyntax, List<ExpressionSyntax>)>();
        foreach (var test in type.Members.OfType<MethodDeclarationSyntax>().Where(IsTest))
        {
            if (chains.Any(c => c.FirstAncestorOrSelf<MethodDeclarationSyntax>() == test))
            {
                continue;
            }

            foreach (var call in test.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Ancestors().TakeWhile(a => a != test).Any(a => a is LambdaExpressionSyntax or LocalFunctionStatementSyntax))
                {
                    continue;
                }

                using var bindings = ValueBindings.Chain();
                if (arguments.Resolution.MethodOf(call) is { } helper && helper != test && !IsTest(helper) && chainsOf(helper).ToList() is { Count: > 0 } found)
                {
                    calls.Add((test, call, helper, found));
                }
            }
        }

        return calls;
    }

    // The helper's parameters stand for the call's arguments (an extension method's first one for the receiver).
    private static void BindArguments(InvocationExpressionSyntax call, MethodDeclarationSyntax helper)
    {
        var parameters = helper.ParameterList.Parameters;
        var arguments = call.ArgumentList.Arguments;
        var offset = parameters.Count == arguments.Count + 1 && call.Expression is MemberAccessExpressionSyntax receiver ? 1 : 0;
        if (offset == 1)
        {
            ValueBindings.BindForChain(helper, parameters[0].Identifier.ValueText, ((MemberAccessExpressionSyntax)call.Expression).Expression);
        }

        for (var i = 0; i < arguments.Count && i + offset < parameters.Count; i++)
        {
            if (arguments[i].NameColon is null && !parameters[i + offset].Modifiers.Any(m => m.ValueText == "params"))
            {
                ValueBindings.BindForChain(helper, parameters[i + offset].Identifier.ValueText, arguments[i].Expression);
            }
        }
    }

    private static string Quoted(ExpressionSyntax chain, System.Func<ExpressionSyntax, string> quote)
    {
        using var bindings = ValueBindings.Chain();
        return quote(chain);
    }

    // The rules of one chain: translated once, or once per element of the literal lists the foreach loops around it walk
    // (merged into one rule where that means the same). Other loops and lambdas mean values known only at run time.
    private static IReadOnlyList<RuleDraft> Unrolled(ExpressionSyntax chain, SyntaxNode? member, TestCodeArguments arguments, System.Func<string, IReadOnlyList<RuleDraft>> translate, string memberName, MethodDeclarationSyntax? test)
    {
        var loops = new List<ForEachStatementSyntax>();
        foreach (var ancestor in chain.Ancestors().TakeWhile(a => a != member))
        {
            switch (ancestor)
            {
                case ForEachStatementSyntax loop when loop.Statement.Span.Contains(chain.Span):
                    loops.Add(loop);
                    break;
                case ForEachStatementSyntax:
                    // The chain is what the loop walks (foreach (var t in ...GetTypes())): the loop is the custom check.
                    break;
                case ForEachVariableStatementSyntax or ForStatementSyntax or WhileStatementSyntax or DoStatementSyntax:
                    throw new UntranslatableException("the chain is built in a loop: its values and the number of rules are known only when the test runs");
                case LambdaExpressionSyntax or LocalFunctionStatementSyntax or AnonymousMethodExpressionSyntax:
                    throw new UntranslatableException("the chain is built inside a lambda or local function");
            }
        }

        var id = RuleIds.FromText(memberName);
        var made = new List<RuleDraft>();
        var rows = TestDataRows.Of(test, arguments);
        foreach (var row in rows.Count == 0 ? [[]] : rows)
        {
            // A parameterised test's row: its parameters stand for the row's values while the chain is read.
            using var bound = ValueBindings.Chain();
            for (var i = 0; i < row.Count; i++)
            {
                ValueBindings.BindForChain(test!, test!.ParameterList.Parameters[i].Identifier.ValueText, row[i]);
            }

            Each(loops, 0, arguments, () =>
            {
                using var bindings = ValueBindings.Chain();
                made.AddRange(translate(id));
            });
        }

        return loops.Count == 0 && rows.Count < 2 ? made : RuleMerge.Merge(made);
    }

    private static void Each(List<ForEachStatementSyntax> loops, int position, TestCodeArguments arguments, System.Action body)
    {
        if (position == loops.Count)
        {
            body();
            return;
        }

        var loop = loops[position];
        var elements = arguments.List(loop.Expression, 0);
        if (elements is null && new DiscoveredAssemblies(arguments).Of(loop.Expression) is { } discovered)
        {
            // Assemblies found on disk: the body is read once, the loop variable standing for all of them (ADR-0064).
            elements = [DiscoveredAssemblies.Marker(discovered)];
        }

        foreach (var element in elements
            ?? throw new UntranslatableException($"the chain is built in a loop over '{loop.Expression}', whose elements are known only when the test runs: list them in an array the loop walks"))
        {
            using var binding = ValueBindings.Bind(loop, loop.Identifier.ValueText, element);
            Each(loops, position + 1, arguments, body);
        }
    }

    // The message of the assertion on the chain's result: Assert.True(result.IsSuccessful, "msg"), IsSuccessful.Should().BeTrue("msg")...
    private static string? AssertionMessage(MemberDeclarationSyntax member, TestCodeArguments arguments)
    {
        foreach (var call in member.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            var checksResult = call.ArgumentList.Arguments.Any(a => a.Expression.ToString().Contains("IsSuccessful", System.StringComparison.Ordinal));
            var fluent = call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "BeTrue" } access && access.Expression.ToString().Contains("IsSuccessful", System.StringComparison.Ordinal);
            if (!checksResult && !fluent)
            {
                continue;
            }

            foreach (var argument in call.ArgumentList.Arguments.Where(a => !a.Expression.ToString().Contains("IsSuccessful", System.StringComparison.Ordinal)))
            {
                if (arguments.TryString(argument.Expression) is { Length: > 0 } message)
                {
                    return message;
                }
            }
        }

        return null;
    }

    private static int CompareLocations(string a, string b)
    {
        var (pathA, lineA) = Split(a);
        var (pathB, lineB) = Split(b);
        var byPath = string.CompareOrdinal(pathA, pathB);
        return byPath != 0 ? byPath : lineA.CompareTo(lineB);
    }

    private static (string Path, int Line) Split(string location)
    {
        var colon = location.LastIndexOf(':');
        return colon < 0 ? (location, 0) : (location[..colon], int.TryParse(location[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0);
    }

    /// <summary><c>LayerTests</c> → <c>Layer tests</c>.</summary>
    public static string Words(string name)
    {
        var words = RuleIds.FromText(name).Split('-');
        var text = string.Join(" ", words);
        return text.Length == 0 ? name : char.ToUpperInvariant(text[0]) + text[1..];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
