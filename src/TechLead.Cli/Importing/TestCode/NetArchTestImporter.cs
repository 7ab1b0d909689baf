using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// NetArchTest.Rules test code → decisions: one per test class, one rule per chain ending in
/// <c>GetResult()</c> (or <c>GetTypes()</c>, which is listed as not imported), named after its test method.
/// Read from syntax only, so it works on code that does not build.
/// </summary>
internal sealed class NetArchTestImporter : IRuleImporter
{
    public string Name => "NetArchTest";

    public IReadOnlyList<ImportedDecision> Import(ImportScope scope)
    {
        var index = TestCodeIndex.For(scope);
        var arguments = new TestCodeArguments(index);
        var translator = new NetArchTestChainTranslator(arguments);
        return TestClassScan.Decisions(
            arguments,
            Name,
            "netarchtest",
            file => TestLibraryOwnership.ImportsNetArchTest(index, file),
            (file, type) => TestLibraryOwnership.IsNetArchTestClass(index, file, type),
            Chains,
            (chain, id) => translator.Translate(FluentChain.Read(chain, index), id),
            chain => TestClassScan.Collapse(FluentChain.Read(chain, index).Text)).ToList();
    }

    // Chain ends: ...GetResult() and ...GetTypes(), each outside a longer chain of the same kind.
    // In a class: its own chains (not those of nested classes); in a method: the method's.
    internal static IEnumerable<ExpressionSyntax> Chains(SyntaxNode container) =>
        container.DescendantNodes().OfType<InvocationExpressionSyntax>()
            .Where(i => i.Expression is MemberAccessExpressionSyntax { Name.Identifier.ValueText: "GetResult" or "GetTypes" } && (container is not ClassDeclarationSyntax || TestClassScan.ClassOf(i) == container));
}
