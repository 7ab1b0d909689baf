using System.Collections.Generic;
using System.Globalization;
using System.Text;
using TechLead.Rules;

namespace TechLead.Benchmarks;

/// <summary>Generated ADRs with a realistic mix of rule kinds, for parse and match benchmarks.</summary>
internal static class AdrCorpus
{
    private static readonly string[] RuleTemplates =
    [
        "  - id: forbid-{0}\n    kind: forbid\n    from: Shop.M{1}.Domain.**\n    to: [Shop.M{1}.Infrastructure.**, {{ namespace: Microsoft.EntityFrameworkCore.** }}]\n    because: the domain stays pure\n",
        "  - id: layers-{0}\n    kind: layers\n    layers:\n      - {{ name: Api, types: Shop.M{1}.Api.** }}\n      - {{ name: App, types: Shop.M{1}.Application.** }}\n      - {{ name: Domain, types: Shop.M{1}.Domain.** }}\n",
        "  - id: allow-{0}\n    kind: allow-only\n    from: Shop.M{1}.Contracts.**\n    to: Shop.M{1}.Contracts.**\n",
        "  - id: naming-{0}\n    kind: naming\n    types: {{ namespace: Shop.M{1}.Infrastructure.**, name: '*Repo*' }}\n    pattern: '^[A-Z][A-Za-z]*Repository$'\n",
        "  - id: banned-{0}\n    kind: banned-api\n    in: Shop.M{1}.**\n    apis:\n      - {{ symbol: 'P:System.DateTime.Now', use-instead: 'P:System.DateTime.UtcNow' }}\n",
        "  - id: sealed-{0}\n    kind: modifiers\n    types: {{ namespace: Shop.M{1}.Domain.**, kind: class, except: '**.*Base' }}\n    sealed: true\n",
        "  - id: vocab-{0}\n    kind: vocabulary\n    in: Shop.M{1}.**\n    terms:\n      - {{ use: Customer, instead-of: [Client, Buyer] }}\n",
    ];

    /// <summary><paramref name="count"/> ADR files with <paramref name="rulesPerAdr"/> rules each.</summary>
    public static List<AdrSourceFile> Generate(int count, int rulesPerAdr)
    {
        var files = new List<AdrSourceFile>(count);
        for (var adr = 0; adr < count; adr++)
        {
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"---\nid: ADR-{adr:D4}\ntitle: Decision {adr}\nstatus: accepted\ndate: 2026-03-14\ndecision-makers: [Ana Ruiz]\nowners: [\"@acme/team{adr % 7}\"]\nrules:\n");
            for (var rule = 0; rule < rulesPerAdr; rule++)
            {
                text.AppendFormat(CultureInfo.InvariantCulture, RuleTemplates[rule % RuleTemplates.Length], rule, adr);
            }

            text.Append("---\n# Decision\n\n## Context and Problem Statement\n\nWhy we decided.\n");
            files.Add(new AdrSourceFile($"docs/adr/{adr:D4}-decision.md", text.ToString()));
        }

        return files;
    }
}
