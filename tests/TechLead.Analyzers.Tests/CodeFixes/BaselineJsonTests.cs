using System.IO;
using System.Text;
using System.Text.Json;
using TechLead.Analyzers.CodeFixes;
using TechLead.Rules.Baselines;

namespace TechLead.Analyzers.Tests.CodeFixes;

public sealed class BaselineJsonTests
{
    [Fact]
    public void The_text_is_byte_for_byte_what_system_text_json_writes_the_way_the_cli_does()
    {
        BaselineEntry[] entries =
        [
            new("ADR-0008", "repo-suffix", "T:Shop.Infrastructure.Repo`1", "", 3) { Reason = "<legacy> & 'old' \"code\" + more", Expires = "2027-01-31" },
            new("ADR-0007", "domain-no-infra", "T:Shop.Domain.Order", "T:Shop.Infrastructure.Db", 1) { Owner = "@acme/örders" },
        ];

        Assert.Equal(SystemTextJson(entries[1], entries[0]), BaselineJson.Write(entries, "\n"));
    }

    [Fact]
    public void An_empty_baseline_has_an_empty_entries_array()
    {
        Assert.Equal(SystemTextJson(), BaselineJson.Write([], "\n"));
    }

    [Fact]
    public void The_written_text_reads_back_to_the_same_entries()
    {
        var entry = new BaselineEntry("ADR-0008", "repo-suffix", "T:Shop.Repo`1", "", 3) { Reason = "a \"quoted\" <reason>" };

        var read = Baseline.Parse("/b.json", BaselineJson.Write([entry], "\r\n"), []);

        Assert.Equal(entry with { Span = read.Entries[0].Span }, Assert.Single(read.Entries));
    }

    /// <summary>The CLI's writer: Utf8JsonWriter, indented, default encoder, then one final newline.</summary>
    private static string SystemTextJson(params BaselineEntry[] ordered)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("entries");
            foreach (var entry in ordered)
            {
                json.WriteStartObject();
                json.WriteString("adr", entry.Adr);
                json.WriteString("rule", entry.Rule);
                json.WriteString("from", entry.From);
                json.WriteString("to", entry.To);
                json.WriteNumber("count", entry.Count);
                if (entry.Reason is not null)
                {
                    json.WriteString("reason", entry.Reason);
                }

                if (entry.Owner is not null)
                {
                    json.WriteString("owner", entry.Owner);
                }

                if (entry.Expires is not null)
                {
                    json.WriteString("expires", entry.Expires);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
