using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Cli.Checking;
using TechLead.Cli.Tests.Support;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Checking;

/// <summary>
/// <c>techlead check</c> and the build's analyzer judge baseline expiry by the same UTC date, so they agree on a
/// machine whose local date differs from the UTC date (the CLI used to read the local clock).
/// </summary>
[Collection(LocalTimeZone.Name)]
public sealed class BaselineExpiryAgreementTests
{
    private const string Adr = "---\nid: ADR-0007\ntitle: Domain\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n---\n";

    [Fact]
    public async Task The_cli_and_the_analyzer_agree_when_the_local_date_is_not_the_utc_date()
    {
        var utcToday = DateTimeOffset.UtcNow;

        // A zone whose date differs from UTC now (POSIX TZ names: Etc/GMT-14 is UTC+14), and the expiry date on which
        // the local clock and the UTC clock disagree: there the UTC verdict is the contract's.
        var (zone, expires, hiddenByUtc) = utcToday.Hour >= 12
            ? ("Etc/GMT-14", BaselineDate.Of(utcToday), true)
            : ("Etc/GMT+12", BaselineDate.Of(utcToday.AddDays(-1)), false);
        var baselineText = BaselineWriter.Write([new BaselineEntry("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1) { Expires = expires }]);

        var previous = Environment.GetEnvironmentVariable("TZ");
        Environment.SetEnvironmentVariable("TZ", zone);
        TimeZoneInfo.ClearCachedData();
        try
        {
            Assert.NotEqual(DateTime.UtcNow.Date, DateTime.Now.Date);

            var cliReports = await CliReports(baselineText);
            var analyzerReports = await AnalyzerReports(baselineText);

            Assert.Equal(!hiddenByUtc, cliReports);
            Assert.Equal(!hiddenByUtc, analyzerReports);
        }
        finally
        {
            Environment.SetEnvironmentVariable("TZ", previous);
            TimeZoneInfo.ClearCachedData();
        }
    }

    private static async Task<bool> CliReports(string baselineText)
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0007-domain.md", Adr);
        repo.Write("Shop.sln", string.Empty);
        repo.Write("techlead.baseline.json", baselineText);
        var violation = new Finding("TL0002", RuleSeverity.Error, "[ADR-0007] ...", "/src/Order.cs", 1, 5) { Adr = "ADR-0007", Rule = "domain-no-infra", From = "T:Shop.Domain.Order", To = "T:Shop.Infrastructure.Db" };

        var result = await CheckSession.RunAsync(new CheckOptions { Target = Path.Combine(repo.Root, "Shop.sln") }, new FakeSolutionChecker([violation]), new NoCheckProgress(), CancellationToken.None);

        return result.Fails;
    }

    private static async Task<bool> AnalyzerReports(string baselineText)
    {
        const string source = "namespace Shop.Infrastructure { public class Db { } } namespace Shop.Domain { public class Order { Shop.Infrastructure.Db db; } }";
        var compilation = CSharpCompilation.Create(
            "Shop",
            [CSharpSyntaxTree.ParseText(source, path: "/repo/src/Order.cs")],
            [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        var additionalFiles = ImmutableArray.Create<AdditionalText>(
            new AdrAdditionalText("/repo/docs/adr/0007-domain.md", Adr),
            new AdrAdditionalText("/repo/techlead.baseline.json", baselineText));

        var diagnostics = await compilation
            .WithAnalyzers(AnalyzerLoader.LoadTechLeadAnalyzers(), new AnalyzerOptions(additionalFiles))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        return diagnostics.Any(d => d.Id == "TL0002");
    }
}
