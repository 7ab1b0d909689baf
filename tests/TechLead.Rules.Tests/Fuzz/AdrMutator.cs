using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace TechLead.Rules.Tests.Fuzz;

/// <summary>Deterministic mutations of real ADRs: byte flips, truncation, line shuffles, key swaps and YAML noise.</summary>
internal sealed class AdrMutator(int seed)
{
    private static readonly string[] Noise = ["\t", ":", "- ", "[", "]", "{", "}", "&a ", "*a", "'", "\"", "|", ">", "#", "---", "```", "```techlead", "\uFEFF", "***", "..", "{slice}", "\r", "\0"];

    private readonly Random random = new(seed);

    public string Mutate(string text) => random.Next(7) switch
    {
        0 => FlipBytes(text),
        1 => text[..random.Next(text.Length + 1)],
        2 => ShuffleLines(text),
        3 => SwapKeys(text),
        4 => InsertNoise(text),
        5 => DuplicateLines(text),
        _ => Mutate(Mutate(text)),
    };

    private string FlipBytes(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (bytes.Length == 0)
        {
            return text;
        }

        for (var i = 0; i < 1 + random.Next(4); i++)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        // Decoding as the compiler does: invalid sequences become U+FFFD.
        return Encoding.UTF8.GetString(bytes);
    }

    private string ShuffleLines(string text)
    {
        var lines = text.Split('\n');
        var a = random.Next(lines.Length);
        var b = random.Next(lines.Length);
        (lines[a], lines[b]) = (lines[b], lines[a]);
        return string.Join('\n', lines);
    }

    private string SwapKeys(string text)
    {
        var lines = text.Split('\n');
        var keyed = lines.Select((line, index) => (line, index)).Where(l => l.line.Contains(": ", StringComparison.Ordinal)).ToList();
        if (keyed.Count < 2)
        {
            return text;
        }

        var (first, i) = keyed[random.Next(keyed.Count)];
        var (second, j) = keyed[random.Next(keyed.Count)];
        var firstKey = first[..first.IndexOf(": ", StringComparison.Ordinal)].TrimStart(' ', '-');
        var secondKey = second[..second.IndexOf(": ", StringComparison.Ordinal)].TrimStart(' ', '-');
        lines[i] = ReplaceFirst(first, firstKey, secondKey);
        lines[j] = ReplaceFirst(second, secondKey, firstKey);
        return string.Join('\n', lines);
    }

    private string InsertNoise(string text)
    {
        var at = random.Next(text.Length + 1);
        return text[..at] + Noise[random.Next(Noise.Length)] + text[at..];
    }

    private string DuplicateLines(string text)
    {
        var lines = new List<string>(text.Split('\n'));
        var at = random.Next(lines.Count);
        lines.Insert(at, lines[random.Next(lines.Count)]);
        return string.Join('\n', lines);
    }

    private static string ReplaceFirst(string line, string oldValue, string newValue)
    {
        var index = line.IndexOf(oldValue, StringComparison.Ordinal);
        return index < 0 || oldValue.Length == 0 ? line : line[..index] + newValue + line[(index + oldValue.Length)..];
    }
}
