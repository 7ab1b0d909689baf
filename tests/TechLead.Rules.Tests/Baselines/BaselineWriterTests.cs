using System.Collections.Generic;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Rules.Tests.Baselines;

/// <summary>The one writer of techlead.baseline.json (CLI baseline create/update, "Add to baseline" code fix).</summary>
public sealed class BaselineWriterTests
{
    [Fact]
    public void Entries_are_ordered_fields_in_spec_order_names_in_utf8_and_unsafe_characters_escaped()
    {
        BaselineEntry[] entries =
        [
            new("ADR-0008", "repo-suffix", "T:Shop.Infrastructure.Repo`1", "", 3) { Reason = "<legacy> & 'old' \"code\" + more\\\t\n\u0001", Expires = "2027-01-31" },
            new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1) { Owner = "@acme/örders" },
        ];

        Assert.Equal(
            """
            {
              "version": 1,
              "entries": [
                {
                  "adr": "ADR-0007",
                  "rule": "domain-no-infra",
                  "from": "T:Shop.Domain.Order",
                  "to": "T:Shop.Infrastructure.Db",
                  "count": 1,
                  "owner": "@acme/örders"
                },
                {
                  "adr": "ADR-0008",
                  "rule": "repo-suffix",
                  "from": "T:Shop.Infrastructure.Repo\u00601",
                  "to": "",
                  "count": 3,
                  "reason": "\u003Clegacy\u003E \u0026 \u0027old\u0027 \u0022code\u0022 \u002B more\\\t\n\u0001",
                  "expires": "2027-01-31"
                }
              ]
            }

            """.Replace("\r\n", "\n", System.StringComparison.Ordinal),
            BaselineWriter.Write(entries));
    }

    [Fact]
    public void Ties_are_broken_by_rule_then_from_then_to_ordinally()
    {
        BaselineEntry[] entries =
        [
            new("ADR-0007", "b", "T:A", "T:B", 1),
            new("ADR-0007", "a", "T:b", "T:C", 1),
            new("ADR-0007", "a", "T:B", "T:D", 1),
            new("ADR-0007", "a", "T:B", "T:C", 1),
        ];

        var read = Baseline.Parse("/b.json", BaselineWriter.Write(entries), []);

        Assert.Equal(["a T:B T:C", "a T:B T:D", "a T:b T:C", "b T:A T:B"], System.Linq.Enumerable.Select(read.Entries, e => $"{e.Rule} {e.From} {e.To}"));
    }

    [Fact]
    public void An_empty_baseline_has_an_empty_entries_array()
    {
        Assert.Equal("{\n  \"version\": 1,\n  \"entries\": []\n}\n", BaselineWriter.Write([]));
    }

    [Fact]
    public void The_line_ending_of_an_existing_file_is_kept()
    {
        var text = BaselineWriter.Write([new BaselineEntry("ADR-0007", "r", "T:A", "", 1)], "\r\n");

        Assert.Equal("{\r\n  \"version\": 1,\r\n  \"entries\": [\r\n    {\r\n      \"adr\": \"ADR-0007\",\r\n      \"rule\": \"r\",\r\n      \"from\": \"T:A\",\r\n      \"to\": \"\",\r\n      \"count\": 1\r\n    }\r\n  ]\r\n}\r\n", text);
    }

    [Fact]
    public void The_written_text_reads_back_to_the_same_entries()
    {
        var entry = new BaselineEntry("ADR-0008", "repo-suffix", "T:Shop.Repo`1", "", 3) { Reason = "a \"quoted\" <reason> ü", Owner = "@team", Expires = "2027-01-31" };
        var problems = new List<AdrDiagnostic>();

        var read = Baseline.Parse("/b.json", BaselineWriter.Write([entry], "\r\n"), problems);

        Assert.Empty(problems);
        Assert.Equal(entry with { Span = read.Entries[0].Span }, Assert.Single(read.Entries));
    }

    [Fact]
    public void Non_ascii_names_are_written_as_utf8_text_and_read_back_unchanged()
    {
        var entry = new BaselineEntry("ADR-0009", "names", "T:Shop.Café", "T:Shop.注文.倉庫𠀋", 2) { Owner = "@équipe" };
        var problems = new List<AdrDiagnostic>();

        var text = BaselineWriter.Write([entry]);
        var read = Baseline.Parse("/b.json", text, problems);

        Assert.Contains("      \"from\": \"T:Shop.Café\",\n      \"to\": \"T:Shop.注文.倉庫𠀋\",\n", text, System.StringComparison.Ordinal);
        Assert.Contains("      \"owner\": \"@équipe\"\n", text, System.StringComparison.Ordinal);
        Assert.Empty(problems);
        Assert.Equal(entry with { Span = read.Entries[0].Span }, Assert.Single(read.Entries));
    }

    [Fact]
    public void Invisible_and_line_breaking_characters_stay_escaped()
    {
        var entry = new BaselineEntry("ADR-0009", "r", "T:A", "", 1) { Reason = "del\u007F c1\u0085 ls\u2028 ps\u2029 lone\uD800 nbsp\u00A0" };

        var text = BaselineWriter.Write([entry]);

        Assert.Contains("\"reason\": \"del\\u007F c1\\u0085 ls\\u2028 ps\\u2029 lone\\uD800 nbsp\u00A0\"", text, System.StringComparison.Ordinal);
    }
}
