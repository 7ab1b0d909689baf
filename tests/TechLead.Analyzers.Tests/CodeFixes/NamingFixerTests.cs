using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Analyzers.CodeFixes;
using Report = TechLead.Analyzers.Tests.CodeFixes.ScriptedTechLeadAnalyzer.Report;

namespace TechLead.Analyzers.Tests.CodeFixes;

public sealed class NamingFixerTests
{
    private static Report Naming(string type, string pattern) => new("TL0201", type, Rule: "repository-suffix")
    {
        Extra = [("namingPattern", pattern)],
        When = (token, _) => token.Parent is BaseTypeDeclarationSyntax declaration && token == declaration.Identifier,
    };

    [Fact]
    public async Task The_type_and_its_references_are_renamed_to_complete_the_suffix()
    {
        await new CodeFixTest<NamingFixer>(Naming("OrderRepo", "^[A-Z][A-Za-z0-9]*Repository$"))
        {
            TestCode = """
                namespace Shop.Infrastructure;

                /// <summary>Stores <see cref="OrderRepo"/> data.</summary>
                internal sealed class {|TL0201:OrderRepo|}
                {
                    public static OrderRepo Create() => new OrderRepo();
                }
                """,
            FixedCode = """
                namespace Shop.Infrastructure;

                /// <summary>Stores <see cref="OrderRepository"/> data.</summary>
                internal sealed class OrderRepository
                {
                    public static OrderRepository Create() => new OrderRepository();
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_all_renames_every_type_in_turn_as_dotnet_format_applies_it()
    {
        await new CodeFixTest<NamingFixer>(Naming("OrderRepo", "^[A-Z][A-Za-z0-9]*Repository$"), Naming("CustomerRepo", "^[A-Z][A-Za-z0-9]*Repository$"))
        {
            TestCode = """
                namespace Shop.Infrastructure;

                internal sealed class {|TL0201:OrderRepo|}
                {
                    public CustomerRepo? Customers { get; set; }
                }

                internal sealed class {|TL0201:CustomerRepo|}
                {
                    public OrderRepo? Orders { get; set; }
                }
                """,
            FixedCode = """
                namespace Shop.Infrastructure;

                internal sealed class OrderRepository
                {
                    public CustomerRepository? Customers { get; set; }
                }

                internal sealed class CustomerRepository
                {
                    public OrderRepository? Orders { get; set; }
                }
                """,
            NumberOfIncrementalIterations = 2,
            NumberOfFixAllIterations = 1,
        }.RunAsync();
    }

    [Fact]
    public async Task A_prefix_pattern_prepends_the_prefix()
    {
        await new CodeFixTest<NamingFixer>(Naming("Clock", "^I[A-Z]"))
        {
            TestCode = "namespace Shop;\n\ninternal interface {|TL0201:Clock|}\n{\n}\n",
            FixedCode = "namespace Shop;\n\ninternal interface IClock\n{\n}\n",
        }.RunAsync();
    }

    [Fact]
    public async Task No_fix_when_the_pattern_is_not_a_plain_prefix_or_suffix()
    {
        const string source = "namespace Shop;\n\ninternal sealed class {|TL0201:OrderStore|}\n{\n}\n";
        await new CodeFixTest<NamingFixer>(Naming("OrderStore", "^.*(Repository|Query)$")) { TestCode = source, FixedCode = source }.RunAsync();
    }

    [Theory]
    [InlineData("OrderRepo", "^[A-Z][A-Za-z0-9]*Repository$", "OrderRepository")]
    [InlineData("Orders", "^.*Repository$", "OrdersRepository")]
    [InlineData("OrderR", "Repository$", "OrderRepository")]
    [InlineData("Clock", "^I[A-Z]", "IClock")]
    [InlineData("Clock", "^I[A-Z].*$", "IClock")]
    [InlineData("PlaceOrder", "^[A-Z]\\w*Handler$", "PlaceOrderHandler")]
    public void A_literal_suffix_or_prefix_gives_a_matching_name(string name, string pattern, string expected) =>
        Assert.Equal(expected, NamingPatternCompletion.Suggest(name, pattern));

    [Theory]
    [InlineData("OrderStore", "^.*(Repository|Store2)$")] // alternatives: which one?
    [InlineData("Orders", "Services?$")] // the last letter is optional
    [InlineData("Order", "^.*\\dService$")] // an escape before the literal
    [InlineData("clock", "^I[A-Z]")] // 'Iclock' still does not match
    [InlineData("Order", "^[A-Z]+$")] // no literal at all
    [InlineData("Order", "^(I|J)[A-Z]")]
    public void Anything_else_gives_no_suggestion(string name, string pattern) =>
        Assert.Null(NamingPatternCompletion.Suggest(name, pattern));
}
