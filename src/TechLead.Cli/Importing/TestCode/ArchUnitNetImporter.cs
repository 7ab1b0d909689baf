using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// ArchUnitNET test code → decisions: one per test class, one rule per <c>Types()/Classes()/Interfaces()...Should()</c>
/// or <c>MethodMembers()/PropertyMembers()/FieldMembers()...Should()</c> rule used in a member, named after that member. Rules kept in fields are imported where a test checks them.
/// </summary>
internal sealed class ArchUnitNetImporter : IRuleImporter
{
    public string Name => "ArchUnitNET";

    public IReadOnlyList<ImportedDecision> Import(ImportScope scope)
    {
        var index = TestCodeIndex.For(scope);
        var arguments = new TestCodeArguments(index);
        var translator = new ArchUnitNetChainTranslator(arguments);
        return TestClassScan.Decisions(
            arguments,
            Name,
            "archunitnet",
            file => TestLibraryOwnership.ImportsArchUnitNet(index, file),
            (file, type) => TestLibraryOwnership.IsArchUnitNetClass(index, file, type),
            type => Chains(type, index),
            (chain, id) => translator.Translate(FluentChain.Read(chain, index), id),
            chain => TestClassScan.Collapse(FluentChain.Read(chain, index).Text)).ToList();
    }

    // The outermost chain of each statement in a method that reaches a Should(), once: a local holding a rule
    // is counted where it is checked, not also where it is built.
    internal static IEnumerable<ExpressionSyntax> Chains(SyntaxNode container, TestCodeIndex index)
    {
        var methods = container is ClassDeclarationSyntax type ? type.Members.OfType<MethodDeclarationSyntax>() : container is MethodDeclarationSyntax one ? [one] : [];
        foreach (var method in methods)
        {
            foreach (var call in method.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                if (call.Parent is MemberAccessExpressionSyntax || call.Ancestors().OfType<ArgumentSyntax>().Any(a => a.FirstAncestorOrSelf<InvocationExpressionSyntax>() is { } outer && method.Contains(outer) && IsRule(outer, index)))
                {
                    continue;
                }

                if (call.Parent is EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax local } && IsUsedLater(method, local))
                {
                    continue;
                }

                if (IsRule(call, index))
                {
                    yield return call;
                }
            }
        }
    }

    private static bool IsRule(InvocationExpressionSyntax call, TestCodeIndex index)
    {
        using var bindings = ValueBindings.Chain();
        var chain = FluentChain.Read(call, index);
        return ((ArchUnitNetChainTranslator.StartsAtRoot(chain) || ArchUnitNetChainTranslator.StartsAtMemberRoot(chain)) && chain.Links.Any(l => l.Name == "Should"))
            || ArchUnitNetObjectNames.IsNameCheck(chain);
    }

    private static bool IsUsedLater(MethodDeclarationSyntax method, VariableDeclaratorSyntax local) =>
        method.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => i.Identifier.ValueText == local.Identifier.ValueText && i.SpanStart > local.Span.End);
}
