using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Analyzers.CodeFixes;
using Report = TechLead.Analyzers.Tests.CodeFixes.ScriptedTechLeadAnalyzer.Report;

namespace TechLead.Analyzers.Tests.CodeFixes;

public sealed class MemberRenameFixerTests
{
    private static Report Member(string name, string pattern) => new("TL0207", name, Rule: "async-suffix")
    {
        Extra = [("namingPattern", pattern)],
        When = (token, _) => token.Parent is MethodDeclarationSyntax or PropertyDeclarationSyntax,
    };

    [Fact]
    public async Task An_async_method_gets_the_Async_suffix_and_its_callers_follow()
    {
        await new CodeFixTest<MemberRenameFixer>(Member("Load", "Async$"))
        {
            TestCode = """
                using System.Threading.Tasks;

                namespace Shop;

                public sealed class Loader
                {
                    public async Task {|TL0207:Load|}() => await Task.Yield();

                    public Task Run() => Load();
                }
                """,
            FixedCode = """
                using System.Threading.Tasks;

                namespace Shop;

                public sealed class Loader
                {
                    public async Task LoadAsync() => await Task.Yield();

                    public Task Run() => LoadAsync();
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task A_prefix_pattern_renames_a_property()
    {
        await new CodeFixTest<MemberRenameFixer>(Member("Paid", "^Is[A-Z]"))
        {
            TestCode = """
                namespace Shop;

                public sealed class Order
                {
                    public bool {|TL0207:Paid|} { get; set; }

                    public bool Open() => !Paid;
                }
                """,
            FixedCode = """
                namespace Shop;

                public sealed class Order
                {
                    public bool IsPaid { get; set; }

                    public bool Open() => !IsPaid;
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task No_rename_when_the_name_already_matches_and_another_condition_failed()
    {
        await new CodeFixTest<MemberRenameFixer>(Member("LoadAsync", "Async$"))
        {
            TestCode = """
                namespace Shop;

                public sealed class Loader
                {
                    public void {|TL0207:LoadAsync|}() { }
                }
                """,
            FixedCode = """
                namespace Shop;

                public sealed class Loader
                {
                    public void {|TL0207:LoadAsync|}() { }
                }
                """,
        }.RunAsync();
    }

    [Fact]
    public async Task Fix_all_renames_every_member_in_turn()
    {
        await new CodeFixTest<MemberRenameFixer>(Member("Load", "Async$"), Member("Save", "Async$"))
        {
            TestCode = """
                using System.Threading.Tasks;

                namespace Shop;

                public sealed class Store
                {
                    public async Task {|TL0207:Load|}() => await Save();

                    public async Task {|TL0207:Save|}() => await Task.Yield();
                }
                """,
            FixedCode = """
                using System.Threading.Tasks;

                namespace Shop;

                public sealed class Store
                {
                    public async Task LoadAsync() => await SaveAsync();

                    public async Task SaveAsync() => await Task.Yield();
                }
                """,
        }.RunAsync();
    }
}
