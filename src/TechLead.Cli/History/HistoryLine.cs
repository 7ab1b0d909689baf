using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;

namespace TechLead.Cli.History;

/// <summary>
/// The JSON of one history line (docs/cli.md, "History file"). The <c>"techlead": "history/1"</c> marker tells
/// a history line from any other JSON that ended up in the file.
/// </summary>
internal static class HistoryLine
{
    public const string Marker = "history/1";

    public static string Write(HistoryEntry entry)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("techlead", Marker);
            json.WriteString("commit", entry.Commit);
            json.WriteString("date", entry.Date);
            json.WriteString("target", entry.Target);
            WriteCounts(json, entry.Total);
            json.WriteStartObject("adrs");
            foreach (var adr in entry.Adrs)
            {
                json.WriteStartObject(adr.Adr);
                WriteCounts(json, adr.Counts);
                json.WriteStartObject("rules");
                foreach (var rule in adr.Rules)
                {
                    json.WriteStartObject(rule.Rule);
                    WriteCounts(json, rule.Counts);
                    json.WriteEndObject();
                }

                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            if (entry.Owners is { } owners)
            {
                WriteOwners(json, owners);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The entry a line holds, or null with the reason it is not one.</summary>
    public static HistoryEntry? Read(string line, out string? reason)
    {
        reason = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("techlead", out var marker) || marker.ValueKind != JsonValueKind.String || marker.GetString() != Marker)
            {
                reason = $"not a techlead history line (no \"techlead\": \"{Marker}\")";
                return null;
            }

            var commit = Field(root, "commit", "commit", JsonValueKind.String, JsonValueKind.Null);
            var date = Field(root, "date", "date", JsonValueKind.String).GetString()!;
            if (!DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
            {
                throw new FormatException($"'date' is not an ISO 8601 date: '{date}'");
            }

            var adrs = Field(root, "adrs", "adrs", JsonValueKind.Object).EnumerateObject()
                .Select(adr => new AdrHistory(
                    adr.Name,
                    ReadCounts(adr.Value, adr.Name),
                    Field(adr.Value, "rules", adr.Name + ".rules", JsonValueKind.Object).EnumerateObject().Select(rule => new RuleHistory(rule.Name, ReadCounts(rule.Value, $"{adr.Name}.rules.{rule.Name}"))).ToList()))
                .ToList();
            return new HistoryEntry(commit.ValueKind == JsonValueKind.Null ? null : commit.GetString(), date, Field(root, "target", "target", JsonValueKind.String).GetString()!, ReadCounts(root, null), adrs)
            {
                Owners = root.TryGetProperty("owners", out _) ? ReadOwners(root) : null,
            };
        }
        catch (JsonException)
        {
            reason = "not JSON";
            return null;
        }
        catch (FormatException e)
        {
            reason = e.Message;
            return null;
        }
    }

    /// <summary><c>"owners": { "@team": { "new", "baselined", "adrOwners": { "@other": { "new", "baselined" } } } }</c> (rules/0024).</summary>
    private static void WriteOwners(Utf8JsonWriter json, IReadOnlyList<OwnerHistory> owners)
    {
        json.WriteStartObject("owners");
        foreach (var owner in owners)
        {
            json.WriteStartObject(owner.Owner);
            WriteCounts(json, owner.Counts);
            json.WriteStartObject("adrOwners");
            foreach (var adrOwner in owner.AdrOwners)
            {
                json.WriteStartObject(adrOwner.AdrOwner);
                WriteCounts(json, adrOwner.Counts);
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>The optional <c>owners</c> object: lines written before it existed have none and read as null.</summary>
    private static List<OwnerHistory> ReadOwners(JsonElement root) =>
        Field(root, "owners", "owners", JsonValueKind.Object).EnumerateObject()
            .Select(owner => new OwnerHistory(
                owner.Name,
                ReadCounts(owner.Value, "owners." + owner.Name),
                Field(owner.Value, "adrOwners", $"owners.{owner.Name}.adrOwners", JsonValueKind.Object).EnumerateObject()
                    .Select(adr => new AdrOwnerHistory(adr.Name, ReadCounts(adr.Value, $"owners.{owner.Name}.adrOwners.{adr.Name}")))
                    .ToList()))
            .ToList();

    /// <summary>A property of one of the expected kinds, else a <see cref="FormatException"/> that names it.</summary>
    private static JsonElement Field(JsonElement parent, string name, string path, params JsonValueKind[] kinds) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && Array.IndexOf(kinds, value.ValueKind) >= 0
            ? value
            : throw new FormatException($"'{path}' is missing or not {string.Join(" or ", kinds.Select(k => k.ToString().ToLowerInvariant()))}");

    private static void WriteCounts(Utf8JsonWriter json, HistoryCounts counts)
    {
        json.WriteNumber("new", counts.New);
        json.WriteNumber("baselined", counts.Baselined);
    }

    private static HistoryCounts ReadCounts(JsonElement element, string? path) =>
        new(Count(element, "new", path), Count(element, "baselined", path));

    private static int Count(JsonElement element, string name, string? path)
    {
        var qualified = path is null ? name : path + "." + name;
        return Field(element, name, qualified, JsonValueKind.Number).TryGetInt32(out var count) && count >= 0
            ? count
            : throw new FormatException($"'{qualified}' is not a count");
    }
}
