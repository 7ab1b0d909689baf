using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance.ImportRoundTrip;

/// <summary>
/// Runs the round-trip code base's own architecture tests with the real NetArchTest.Rules 1.3.2 and
/// ArchUnitNET 0.13.5: the test files are compiled as written, except that each rule's outcome passes
/// through a probe on its way to the assertion (<c>chain.GetResult()</c> → <c>Probe.Record(chain.GetResult(), ..)</c>,
/// <c>rule.HasNoViolations(a)</c> → <c>Probe.Record(rule, a, ..)</c>), which keeps the types each rule failed.
/// Every [Fact] is invoked; assertion failures are expected (the code base has planted violations).
/// </summary>
internal static class OriginalArchitectureTests
{
    private const string ProbeSource = """
        using System.Collections.Generic;
        using System.Linq;

        public static class RoundTripProbe
        {
            public static readonly Dictionary<string, HashSet<string>> Failing = new Dictionary<string, HashSet<string>>();

            public static NetArchTest.Rules.TestResult Record(NetArchTest.Rules.TestResult result, string key)
            {
                Of(key).UnionWith((result.FailingTypeNames ?? Enumerable.Empty<string>()).Select(Normalize));
                return result;
            }

            public static bool Record(ArchUnitNET.Fluent.IArchRule rule, ArchUnitNET.Domain.Architecture architecture, string key)
            {
                var failing = Of(key);
                foreach (var evaluation in rule.Evaluate(architecture).Where(e => !e.Passed))
                {
                    failing.Add(Normalize(((ArchUnitNET.Domain.IHasName)evaluation.EvaluatedObject).FullName));
                }

                return rule.HasNoViolations(architecture);
            }

            private static HashSet<string> Of(string key)
            {
                if (!Failing.TryGetValue(key, out var set))
                {
                    set = new HashSet<string>();
                    Failing[key] = set;
                }

                return set;
            }

            private static string Normalize(string name) => name.Replace('/', '.').Replace('+', '.');
        }
        """;

    /// <summary>The test libraries the architecture tests compile against.</summary>
    public static MetadataReference[] Libraries { get; } = new[]
    {
        typeof(NetArchTest.Rules.Types).Assembly,
        typeof(ArchUnitNET.Loader.ArchLoader).Assembly,
        typeof(Xunit.Assert).Assembly,
        typeof(Xunit.FactAttribute).Assembly,
    }.Select(a => (MetadataReference)MetadataReference.CreateFromFile(a.Location)).ToArray();

    /// <summary>Failing types per test, keyed <c>Class.Method</c>; a test whose rule passed has an empty set.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>> Run(RoundTripProjects projects, string testsFolder)
    {
        var files = Directory.GetFiles(Path.Combine(projects.Root, "tests", testsFolder), "*.cs").OrderBy(p => p, StringComparer.Ordinal);
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, f))
            .Select(t => t.WithRootAndOptions(new ProbeRewriter().Visit(t.GetRoot()), parseOptions))
            .Append(CSharpSyntaxTree.ParseText(ProbeSource, parseOptions));
        var compilation = CorpusCompilation.Create([], testsFolder)
            .AddSyntaxTrees(trees)
            .AddReferences(projects.AssemblyPaths.Select(p => MetadataReference.CreateFromFile(p)))
            .AddReferences(Libraries);
        var path = Path.Combine(projects.OutputDirectory, testsFolder + ".dll");
        RoundTripProjects.Emit(compilation, path);

        var tests = Assembly.LoadFrom(path);

        // NetArchTest's Mono.Cecil resolves referenced assemblies from the working directory, which is the
        // test's bin folder in a real run: the same here, for as long as the original tests run.
        var workingDirectory = Environment.CurrentDirectory;
        Environment.CurrentDirectory = projects.OutputDirectory;
        try
        {
            RunFacts(tests);
        }
        finally
        {
            Environment.CurrentDirectory = workingDirectory;
        }

        return (Dictionary<string, HashSet<string>>)tests.GetType("RoundTripProbe")!.GetField("Failing")!.GetValue(null)!;
    }

    private static void RunFacts(Assembly tests)
    {
        foreach (var type in tests.GetTypes().Where(t => t.IsClass && !t.IsAbstract))
        {
            foreach (var method in type.GetMethods().Where(m => m.GetCustomAttributes(typeof(Xunit.FactAttribute), false).Length > 0))
            {
                try
                {
                    method.Invoke(Activator.CreateInstance(type), null);
                }
                catch (TargetInvocationException e) when (e.InnerException is Xunit.Sdk.XunitException)
                {
                    // A planted violation failed the original test, as it should.
                }
            }
        }
    }

    private sealed class ProbeRewriter : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitInvocationExpression(InvocationExpressionSyntax node)
        {
            var visited = (InvocationExpressionSyntax)base.VisitInvocationExpression(node)!;
            if (visited.Expression is not MemberAccessExpressionSyntax { Name.Identifier.ValueText: var name } member
                || node.FirstAncestorOrSelf<MethodDeclarationSyntax>() is not { } method
                || method.Parent is not ClassDeclarationSyntax type)
            {
                return visited;
            }

            var key = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(type.Identifier.ValueText + "." + method.Identifier.ValueText));
            return name switch
            {
                "GetResult" => Call(SyntaxFactory.Argument(visited), SyntaxFactory.Argument(key)),
                "HasNoViolations" => Call(SyntaxFactory.Argument(member.Expression), visited.ArgumentList.Arguments[0], SyntaxFactory.Argument(key)),
                _ => visited,
            };
        }

        private static InvocationExpressionSyntax Call(params ArgumentSyntax[] arguments) =>
            SyntaxFactory.InvocationExpression(
                SyntaxFactory.ParseExpression("global::RoundTripProbe.Record"),
                SyntaxFactory.ArgumentList(SyntaxFactory.SeparatedList(arguments)));
    }
}
