using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Why a test method made no rule although it has no chain the importer reads: what its code checks instead (files on
/// disk, the library's object model, reflection, a helper, nothing at all), in words a lead can act on.
/// </summary>
internal static class NoChainReasons
{
    private static readonly string[] FileApis = ["File", "Directory", "XDocument", "XElement", "FileInfo", "DirectoryInfo"];

    private static readonly string[] ObjectModel = ["GetObjects", "GetTypeDependencies", "ImplementsInterface", "IsAssignableTo", "Members", "Dependencies", "Classes", "Interfaces", "Types"];

    private static readonly string[] Reflection = ["GetTypes", "GetExportedTypes", "GetReferencedAssemblies", "GetCustomAttributes", "GetProperties", "GetMethods", "GetFields", "GetConstructors", "GetInterfaces"];

    public static string Of(MethodDeclarationSyntax test, TestCodeArguments arguments)
    {
        var body = (SyntaxNode?)test.Body ?? test.ExpressionBody;
        if (body is null || test.Body is { Statements.Count: 0 })
        {
            return "the test method is empty: it asserts nothing, so there is no rule to import (a placeholder; write the rule when the check exists)";
        }

        if (RebuiltInLoop(body) is { } rebuilt)
        {
            return $"the rule is extended in a loop ('{TestClassScan.Collapse(rebuilt.ToString())}'): how many conditions it has is known only when the test runs; list them in one chain, or one test per condition";
        }

        var accesses = body.DescendantNodes().OfType<MemberAccessExpressionSyntax>().ToList();
        var files = accesses.Where(a => a.Expression is IdentifierNameSyntax owner && FileApis.Contains(owner.Identifier.ValueText)).Select(a => string.Concat(a.ToString().Where(c => !char.IsWhiteSpace(c)))).Distinct().Take(3).ToList();
        if (files.Count > 0)
        {
            return $"the test reads files on disk ({Quote(files)}) and checks them in C#: no TechLead rule reads project or source files; keep the test (a dependency between projects can be written as a 'forbid' between their assemblies)";
        }

        var model = accesses.Select(a => a.Name.Identifier.ValueText).Where(ObjectModel.Contains).Distinct().Take(3).ToList();
        if (model.Count > 0 && body.DescendantNodes().OfType<InvocationExpressionSyntax>().Any(IsArchUnitNetQuery))
        {
            return $"the test queries ArchUnitNET's object model in C# ({Quote(model)}) and asserts on the result with its own code, not with a rule chain ('Should()...Check'): write the check as a chain and it imports, or keep the test";
        }

        var reflection = accesses.Select(a => a.Name.Identifier.ValueText).Where(Reflection.Contains).Distinct().Take(3).ToList();
        if (reflection.Count > 0)
        {
            return $"the test reads types or assemblies with reflection ({Quote(reflection)}) and checks them in C#, not with a rule chain: select the types with the library and the check can import, or keep the test";
        }

        foreach (var call in body.DescendantNodes().OfType<InvocationExpressionSyntax>())
        {
            using var bindings = ValueBindings.Chain();
            if (arguments.Resolution.MethodOf(call) is { } helper && helper != test)
            {
                return $"the test calls '{helper.Identifier.ValueText}', a helper declared in source whose checks are not a rule chain the importer reads (C# code, recursion or a rule built from values known only when the test runs)";
            }
        }

        return "no rule chain in this test method: the rule is built in a helper method or checked by custom code";
    }

    // rule = rule.OrShould()... inside for/while/foreach: the chain grows per iteration.
    private static AssignmentExpressionSyntax? RebuiltInLoop(SyntaxNode body) =>
        body.DescendantNodes().OfType<AssignmentExpressionSyntax>().FirstOrDefault(a =>
            a.IsKind(SyntaxKind.SimpleAssignmentExpression)
            && a.Left is IdentifierNameSyntax target
            && a.Right.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>().FirstOrDefault() is { } first && first.Identifier.ValueText == target.Identifier.ValueText
            && a.Right.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Any(m => m.Name.Identifier.ValueText is "OrShould" or "AndShould" or "And" or "Or")
            && a.Ancestors().Any(n => n is ForStatementSyntax or WhileStatementSyntax or ForEachStatementSyntax or DoStatementSyntax));

    // Architecture.Classes..., Types().GetObjects(architecture), type.GetTypeDependencies(): ArchUnitNET's own model.
    private static bool IsArchUnitNetQuery(InvocationExpressionSyntax call) =>
        call.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetObjects" or "GetTypeDependencies" or "ImplementsInterface" or "Where" or "Any" or "All" or "ShouldAllBe" or "Select" };

    private static string Quote(IEnumerable<string> names) => string.Join(", ", names.Select(n => $"'{n}'"));
}
