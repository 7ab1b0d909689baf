using System;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace TechLead.Rules.Parsing;

/// <summary>
/// Compiles every regex an ADR writes (a naming rule's pattern, a selector's *-matches keys) with a match timeout and refuses ones that backtrack catastrophically,
/// found by probing them with inputs that make nested quantifiers explode.
/// </summary>
internal static class RegexFactory
{
    /// <summary>The spec's bound on any single regex evaluation.</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Compiling and probing costs far more than parsing the YAML around it, and teams repeat the same
    /// patterns across ADRs and across compilations: results are shared by pattern text. The value is a class, not a
    /// tuple: a dictionary over a struct value is JIT-compiled in every cold compiler process (rules/0060).
    /// </summary>
    private static readonly ConcurrentDictionary<string, CompiledPattern> Cache = new(StringComparer.Ordinal);

    private const int MaxCachedPatterns = 4096;

    public static bool TryCreate(string pattern, out Regex? regex, out string? error)
    {
        if (!Cache.TryGetValue(pattern, out var cached))
        {
            if (Cache.Count >= MaxCachedPatterns)
            {
                Cache.Clear();
            }

            cached = Compile(pattern);
            Cache.TryAdd(pattern, cached);
        }

        regex = cached.Regex;
        error = cached.Error;
        return regex is not null;
    }

    private static CompiledPattern Compile(string pattern)
    {
        var ok = TryCompile(pattern, out var regex, out var error);
        return ok ? new CompiledPattern(regex, null) : new CompiledPattern(null, error);
    }

    private static bool TryCompile(string pattern, out Regex? regex, out string? error)
    {
        regex = null;
        if (pattern.Length > 1000)
        {
            error = $"regex is {pattern.Length} characters long; keep patterns under 1000 characters";
            return false;
        }

        try
        {
            regex = new Regex(pattern, RegexOptions.CultureInvariant, MatchTimeout);
        }
        catch (ArgumentException invalid)
        {
            error = $"invalid regex '{pattern}': {invalid.Message.TrimEnd('.')}; write a .NET regular expression such as '^I[A-Z]\\w*$'";
            return false;
        }

        foreach (var probe in Probes(pattern))
        {
            if (!TryMatch(regex, probe, out _))
            {
                regex = null;
                error = $"regex '{pattern}' is too slow: it timed out after {MatchTimeout.TotalMilliseconds} ms on a {probe.Length}-character name; avoid nested quantifiers such as '(a+)+' or '(\\w*)*'";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>
    /// True unless matching times out twice in a row: a catastrophic pattern always does, while a
    /// thread descheduled on a starved CI agent does not, and must not turn a good rule into TL9002.
    /// </summary>
    public static bool TryMatch(Regex regex, string input, out bool isMatch)
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            try
            {
                isMatch = regex.IsMatch(input);
                return true;
            }
            catch (RegexMatchTimeoutException)
            {
            }
        }

        isMatch = false;
        return false;
    }

    /// <summary>Long runs of characters the pattern mentions, each spoiled at the end so the match must fail.</summary>
    private static string[] Probes(string pattern)
    {
        var letter = 'a';
        foreach (var c in pattern)
        {
            if (char.IsLetterOrDigit(c))
            {
                letter = c;
                break;
            }
        }

        return
        [
            new string('a', 40) + "!",
            new string(letter, 40) + "!",
            new string('A', 20) + new string('a', 20) + "!",
        ];
    }

    private sealed class CompiledPattern(Regex? regex, string? error)
    {
        public Regex? Regex { get; } = regex;

        public string? Error { get; } = error;
    }
}
