using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;
using TechLead.Analyzers.CodeFixes;
using Report = TechLead.Analyzers.Tests.CodeFixes.ScriptedTechLeadAnalyzer.Report;

namespace TechLead.Analyzers.Tests.CodeFixes;

public sealed class ModifiersFixerTests
{
    /// <summary>
    /// Flags every declaration of <paramref name="type"/> that does not yet meet <paramref name="requirements"/>
    /// (comma-separated, as the analyzer lists them), listing only the unmet ones.
    /// </summary>
    private static Report Requires(string type, string requirements) => new("TL0204", type, Rule: "modifiers")
    {
        Extra = [("requirements", requirements)],
        When = (token, model) => token.Parent is BaseTypeDeclarationSyntax declaration
            && model.GetDeclaredSymbol(declaration) is INamedTypeSymbol symbol
            && token == declaration.Identifier
            && !requirements.Split(',').All(r => Meets(symbol, r)),
    };

    private static bool Meets(INamedTypeSymbol type, string requirement) => requirement switch
    {
        "sealed" => type.IsSealed,
        "static" => type.IsStatic,
        "abstract" => type.IsAbstract,
        "internal" => type.DeclaredAccessibility == Accessibility.Internal,
        "public" => type.DeclaredAccessibility == Accessibility.Public,
        _ => false,
    };

    [Theory]
    [InlineData("sealed", "public sealed class Order")]
    [InlineData("abstract", "public abstract class Order")]
    [InlineData("internal", "internal class Order")]
    public async Task The_required_modifier_is_added(string requirement, string fixedDeclaration)
    {
        await new CodeFixTest<ModifiersFixer>(Requires("Order", requirement))
        {
            TestCode = "namespace Shop;\n\npublic class {|TL0204:Order|}\n{\n}\n",
            FixedCode = $"namespace Shop;\n\n{fixedDeclaration}\n{{\n}}\n",
        }.RunAsync();
    }

    [Fact]
    public async Task One_fix_applies_every_listed_requirement()
    {
        await new CodeFixTest<ModifiersFixer>(Requires("Order", "sealed,internal"))
        {
            TestCode = "namespace Shop;\n\npublic class {|TL0204:Order|}\n{\n}\n",
            FixedCode = "namespace Shop;\n\ninternal sealed class Order\n{\n}\n",
            CodeActionEquivalenceKey = "TechLead.Modifiers",
        }.RunAsync();
    }

    [Fact]
    public async Task The_fix_leaves_out_what_needs_a_decision_and_applies_the_rest()
    {
        await new CodeFixTest<ModifiersFixer>(Requires("Order", "sealed,immutable"))
        {
            TestCode = "namespace Shop;\n\npublic class {|TL0204:Order|}\n{\n    public int Total { get; set; }\n}\n",
            FixedState =
            {
                Sources = { "namespace Shop;\n\npublic sealed class {|TL0204:Order|}\n{\n    public int Total { get; set; }\n}\n" },
                MarkupHandling = MarkupMode.Allow,
            },
        }.RunAsync();
    }

    [Fact]
    public async Task A_class_with_only_static_members_becomes_static()
    {
        await new CodeFixTest<ModifiersFixer>(Requires("OrderEndpoints", "static"))
        {
            TestCode = """
                namespace Shop.Api.Endpoints;

                internal sealed class {|TL0204:OrderEndpoints|}
                {
                    public static string Map() => "/orders";
                }
                """,
            FixedCode = """
                namespace Shop.Api.Endpoints;

                internal static class OrderEndpoints
                {
                    public static string Map() => "/orders";
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Internal_goes_on_every_partial_declaration_that_states_an_accessibility()
    {
        await new CodeFixTest<ModifiersFixer>(Requires("Order", "internal"))
        {
            TestState =
            {
                Sources =
                {
                    ("/0/Order.cs", "namespace Shop;\n\npublic partial class {|TL0204:Order|}\n{\n}\n"),
                    ("/0/Order.Lines.cs", "namespace Shop;\n\npublic partial class {|TL0204:Order|}\n{\n}\n"),
                    ("/0/Order.Totals.cs", "namespace Shop;\n\npartial class {|TL0204:Order|}\n{\n}\n"),
                },
            },
            FixedState =
            {
                Sources =
                {
                    ("/0/Order.cs", "namespace Shop;\n\ninternal partial class Order\n{\n}\n"),
                    ("/0/Order.Lines.cs", "namespace Shop;\n\ninternal partial class Order\n{\n}\n"),
                    ("/0/Order.Totals.cs", "namespace Shop;\n\npartial class Order\n{\n}\n"),
                },
            },
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_all_seals_every_flagged_type()
    {
        await new CodeFixTest<ModifiersFixer>(Requires("Money", "sealed"), Requires("Address", "sealed"))
        {
            TestCode = """
                namespace Shop.Domain;

                public record {|TL0204:Money|}(decimal Amount);

                public class {|TL0204:Address|}
                {
                }
                """,
            FixedCode = """
                namespace Shop.Domain;

                public sealed record Money(decimal Amount);

                public sealed class Address
                {
                }
                """,
        }.RunAsync();
    }

    [Theory]
    [InlineData("sealed", "public abstract class {|TL0204:Order|}\n{\n}")] // sealed abstract does not compile
    [InlineData("static", "internal sealed class {|TL0204:Order|}\n{\n    public int Total { get; }\n}")] // an instance member stays
    [InlineData("static", "internal class {|TL0204:Order|} : System.IDisposable\n{\n    public void Dispose() { }\n}")]
    [InlineData("immutable", "public sealed class {|TL0204:Order|}\n{\n    public int Total { get; set; }\n}")] // needs a design decision
    public async Task No_fix_when_the_change_would_not_compile_or_needs_a_decision(string requirement, string declaration)
    {
        var source = $"namespace Shop;\n\n{declaration}\n";
        await new CodeFixTest<ModifiersFixer>(Requires("Order", requirement)) { TestCode = source, FixedCode = source }.RunAsync();
    }
}
