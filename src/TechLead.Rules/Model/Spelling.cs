using System;
using System.Collections.Generic;
using TechLead.Rules.Parsing;

namespace TechLead.Rules.Model;

/// <summary>
/// How the ADR format writes the values of one enum: a name for each value, looked up both ways.
/// Values without a name (<see cref="AdrCategory.Unspecified"/>, <see cref="RuleSeverity.None"/>) cannot be written.
/// </summary>
/// <typeparam name="TValue">The enum.</typeparam>
public sealed class Spelling<TValue>
    where TValue : struct, Enum
{
    private readonly (TValue Value, string Name)[] table;

    internal Spelling(params (TValue Value, string Name)[] table)
    {
        this.table = table;

        // A loop, not Array.ConvertAll: that generic method over our enum's tuple is JIT-compiled in every cold compiler process (rules/0060).
        var names = new string[table.Length];
        for (var index = 0; index < table.Length; index++)
        {
            names[index] = table[index].Name;
        }

        Names = names;
    }

    /// <summary>Every name, in the order the documentation lists them.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The name of <paramref name="value"/>; null for a value the format cannot write.</summary>
    public string? NameOf(TValue value)
    {
        foreach (var row in table)
        {
            if (EqualityComparer<TValue>.Default.Equals(row.Value, value))
            {
                return row.Name;
            }
        }

        return null;
    }

    /// <summary>Reads a name as written in an ADR (exact, lower case).</summary>
    public bool TryParse(string name, out TValue value)
    {
        foreach (var row in table)
        {
            if (string.Equals(row.Name, name, StringComparison.Ordinal))
            {
                value = row.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>Reads a name as a person types it on the command line or in front matter: any case, spaces around.</summary>
    public bool TryParseAnyCase(string name, out TValue value) => TryParse(name.Trim().ToLowerInvariant(), out value);

    /// <summary>The end of the message for a name that is none of these: <c>'fatal' is not valid; did you mean ...</c>.</summary>
    internal string NotValid(string name) => $"'{name}' is not valid{Suggestions.DidYouMean(name, Names)}";
}
