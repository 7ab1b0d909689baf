using System.IO;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Ownership;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Output;

/// <summary>
/// A check result built by hand: two violations of ADR-0007 (one baselined), one info of a proposed ADR, one TL9002.
/// The first violation's file is owned by @acme/domain-team (CODEOWNERS), the others by nobody; both ADRs are @acme/orders'.
/// </summary>
internal static class HandMadeResults
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "techlead-formatters", "repo");

    public static string AdrPath => Path.Combine(Root, "docs", "adr", "0007-domain.md");

    /// <param name="ownership">The CODEOWNERS file the check read, if any (history lines count per owner only then).</param>
    public static CheckResult Create(CodeOwnership? ownership = null)
    {
        var adrs = AdrRepository.FromFiles(Path.Combine(Root, "docs", "adr"),
        [
            new AdrSourceFile(AdrPath, "---\nid: ADR-0007\ntitle: Domain stays persistence-ignorant\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n---\n"),
            new AdrSourceFile(Path.Combine(Root, "docs", "adr", "0012-vocabulary.md"), "---\nid: ADR-0012\ntitle: Say customer\nstatus: proposed\nrules:\n  - id: ubiquitous-language\n    kind: vocabulary\n    terms: [{use: Customer, instead-of: [Client]}]\n    kind2: x\n---\n"),
        ]);
        var order = Path.Combine(Root, "src", "Shop.Domain", "Order.cs");
        var findings = new[]
        {
            Violation(order, 12, 9, "TL0002", RuleSeverity.Error, "[ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.ShopContext' (rule domain-no-infra: Domain stays persistence-ignorant)", "ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db.ShopContext") with { CodeOwners = ["@acme/domain-team"] },
            Violation(order, 30, 5, "TL0002", RuleSeverity.Error, "[ADR-0007] 'Shop.Domain.Order' must not depend on 'Shop.Infrastructure.Db.Legacy' (rule domain-no-infra: Domain stays persistence-ignorant)", "ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db.Legacy") with { Baselined = true },
            Violation(Path.Combine(Root, "src", "Shop.Domain", "ClientId.cs"), 3, 15, "TL0206", RuleSeverity.Info, "[ADR-0012] 'ClientId' uses 'Client'; say 'Customer' instead (rule ubiquitous-language: Say customer)", "ADR-0012", "ubiquitous-language", "T:Shop.Domain.ClientId", string.Empty),
            new Finding("TL9002", RuleSeverity.Error, "rule 'ubiquitous-language': unknown field 'kind2'", Path.Combine(Root, "docs", "adr", "0012-vocabulary.md"), 9, 5) { EndLine = 9, EndColumn = 10, Adr = "ADR-0012" },
        };
        return new CheckResult(Path.Combine(Root, "Shop.sln"), adrs, findings, ["Shop.Domain"], Baseline.Empty, graph: null) { Ownership = ownership };
    }

    private static Finding Violation(string path, int line, int column, string id, RuleSeverity severity, string message, string adr, string rule, string from, string to) =>
        new(id, severity, message, path, line, column)
        {
            EndLine = line,
            EndColumn = column + 11,
            HelpUri = "https://example.test/blob/main/docs/adr/" + (adr == "ADR-0007" ? "0007-domain.md" : "0012-vocabulary.md") + "#" + rule,
            Adr = adr,
            Rule = rule,
            From = from,
            To = to,
            Project = "Shop.Domain",
            Namespace = "Shop.Domain",
            Owners = ["@acme/orders"],
        };
}
