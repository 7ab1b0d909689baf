using System.IO;
using System.Linq;
using TechLead.Cli.Importing;
using TechLead.Cli.Importing.BannedSymbols;
using TechLead.Cli.Tests.Support;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Importing;

public sealed class BannedSymbolsImporterTests
{
    [Theory]
    [InlineData("P:System.DateTime.Now", "P:System.DateTime.Now")]
    [InlineData("M:System.IO.File.ReadAllText(System.String)", "M:System.IO.File.ReadAllText(System.String)")]
    [InlineData("M:System.Guid.NewGuid", "M:System.Guid.NewGuid()")]
    [InlineData("M:System.Random.#ctor", "M:System.Random.#ctor()")]
    [InlineData("M:System.Linq.Enumerable.ToList``1", "M:System.Linq.Enumerable.ToList``1()")]
    [InlineData("M:Shop.Money.op_Implicit(System.Decimal)~Shop.Money", "M:Shop.Money.op_Implicit(System.Decimal)~Shop.Money")]
    [InlineData("N:Shop.Legacy", "N:Shop.Legacy")]
    [InlineData("T:Shop.Order.Line", "T:Shop.Order.Line")]
    [InlineData("F:System.String.Empty", "F:System.String.Empty")]
    [InlineData("E:System.AppDomain.ProcessExit", "E:System.AppDomain.ProcessExit")]
    public void Ids_become_the_TechLead_id_that_bans_the_same_symbols(string id, string expected)
    {
        Assert.True(BannedSymbolTranslation.TryTranslate(id, out var symbol, out var reason), reason);
        Assert.Equal(expected, symbol);
    }

    [Theory]
    [InlineData("System.Console", "'System.Console' has no documentation-comment ID prefix, so BannedApiAnalyzers bans nothing for this line")]
    [InlineData("X:Shop.Order", "unknown prefix 'X:', so BannedApiAnalyzers bans nothing for this line")]
    [InlineData("M:Shop.Order.Save(System.String", "not a valid documentation-comment ID: 'M:Shop.Order.Save(System.String': the parameter list is not closed")]
    [InlineData("P:System.Collections.Generic.List`1.Item(System.Int32)", "an indexer ID bans nothing in BannedApiAnalyzers 5.6.0")]
    [InlineData("M:Shop.Order.Total~System.Decimal", "BannedApiAnalyzers compares '~System.Decimal' with any method's return type, TechLead only a conversion operator's, so the ban would never fire")]
    [InlineData("M:Shop.Money.op_Implicit~Shop.Money", "a conversion ID without a parameter list matches no conversion in BannedApiAnalyzers")]
    [InlineData("", "no symbol before ';'")]
    public void Ids_with_another_meaning_are_not_imported_with_the_reason(string id, string reason)
    {
        Assert.False(BannedSymbolTranslation.TryTranslate(id, out _, out var actual));
        Assert.StartsWith(reason, actual, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_becomes_one_banned_api_rule_limited_to_the_projects_that_read_it_and_lists_every_line_it_could_not_translate()
    {
        using var repo = new TempRepo();
        var file = repo.Write("src/Shop.Domain/BannedSymbols.txt", """
            // The domain has no clock and no console.
            P:System.DateTime.Now; use TimeProvider  
            M:System.Guid.NewGuid
            System.Console;no prefix
            T:System.Environment // not a message;really
            P:System.DateTime.Now;again

            """);
        repo.Write("src/Shop.Domain/Shop.Domain.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><AdditionalFiles Include=\"BannedSymbols.txt\" /></ItemGroup></Project>");
        repo.Write("src/Shop.Api/Shop.Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><AssemblyName>Acme.Api</AssemblyName></PropertyGroup><ItemGroup><AdditionalFiles Include=\"$(MSBuildThisFileDirectory)../Shop.Domain/BannedSymbols.txt\" /></ItemGroup></Project>");
        repo.Write("src/Shop.Web/Shop.Web.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        var scope = new ImportScope(repo.Root, Directory.GetFiles(repo.Root, "*", SearchOption.AllDirectories));

        var decision = Assert.Single(new BannedSymbolsImporter().Import(scope));

        Assert.Equal("banned-symbols:src/Shop.Domain/BannedSymbols.txt", decision.Key);
        Assert.Equal("src/Shop.Domain/BannedSymbols.txt", decision.SourcePath);
        var rule = Assert.Single(decision.Rules);
        Assert.Equal("""
            ```techlead
            - id: banned-symbols
              kind: banned-api
              severity: warning
              apis:
                - symbol: P:System.DateTime.Now
                  because: use TimeProvider
                - symbol: M:System.Guid.NewGuid()
                - symbol: T:System.Environment
              in:
                - assembly: Acme.Api
                - assembly: Shop.Domain
            ```

            """.ReplaceLineEndings("\n"), AdrDraftWriter.RenderRuleBlock([rule]));
        Assert.Equal(
            [("src/Shop.Domain/BannedSymbols.txt:4", "System.Console;no prefix"), ("src/Shop.Domain/BannedSymbols.txt:6", "P:System.DateTime.Now;again")],
            decision.NotImported.Select(i => (i.Location, i.Quote)));
        Assert.Equal("the same ID as line 2; BannedApiAnalyzers reports it as RS0031 and applies the first", decision.NotImported[1].Reason);
        Assert.Equal(3, ImportedAdrComposer.ImportedCount(decision));
    }

    [Fact]
    public void Files_BannedApiAnalyzers_does_not_read_are_not_sources()
    {
        Assert.True(BannedSymbolsFile.IsBannedSymbolsFile("/r/BannedSymbols.txt"));
        Assert.True(BannedSymbolsFile.IsBannedSymbolsFile("/r/BannedSymbols.Domain.txt"));
        Assert.False(BannedSymbolsFile.IsBannedSymbolsFile("/r/bannedsymbols.txt"));
        Assert.False(BannedSymbolsFile.IsBannedSymbolsFile("/r/BannedSymbols.md"));
    }

    [Fact]
    public void A_file_that_is_not_text_is_one_not_imported_item_without_rules()
    {
        using var repo = new TempRepo();
        var file = Path.Combine(repo.Root, "BannedSymbols.txt");
        File.WriteAllBytes(file, [0x54, 0x3A, 0xC3, 0x28, 0xFF]);

        var decision = Assert.Single(new BannedSymbolsImporter().Import(new ImportScope(repo.Root, [file])));

        Assert.Empty(decision.Rules);
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(("BannedSymbols.txt", "the file is not valid UTF-8 text"), (item.Location, item.Reason));
    }

    [Fact]
    public void A_line_that_is_not_UTF8_is_a_located_item_and_the_other_lines_are_imported()
    {
        using var repo = new TempRepo();
        var file = Path.Combine(repo.Root, "BannedSymbols.txt");
        byte[] first = [.. System.Text.Encoding.UTF8.GetBytes("T:System.Random;use the injected IRandom\n")];
        byte[] broken = [.. System.Text.Encoding.UTF8.GetBytes("T:System.Caf"), 0xE9, .. System.Text.Encoding.UTF8.GetBytes(";latin-1 saved\n")];
        byte[] last = [.. System.Text.Encoding.UTF8.GetBytes("P:System.DateTime.Now;use TimeProvider\n")];
        File.WriteAllBytes(file, [.. first, .. broken, .. last]);

        var decision = Assert.Single(new BannedSymbolsImporter().Import(new ImportScope(repo.Root, [file])));

        var rule = Assert.Single(decision.Rules);
        var apis = Assert.IsType<TechLead.Rules.Writing.YamlDraftSequence>(rule.Fields.Single(f => f.Key == "apis").Value);
        Assert.Equal(2, apis.Items.Count);
        var item = Assert.Single(decision.NotImported);
        Assert.Equal(
            ("BannedSymbols.txt:2", "T:System.Caf\uFFFD;latin-1 saved", "line 2 is not valid UTF-8 text, so what it bans is unknown: save the file as UTF-8"),
            (item.Location, item.Quote, item.Reason));
    }
}
