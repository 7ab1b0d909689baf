using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Analyzers.Input;

/// <summary>
/// The ADR set of recent compilations, shared by every compilation the analyzer instance sees (the compiler server
/// runs all projects of a build in one process, the IDE every keystroke's compilation): keyed by each ADR and baseline
/// file's path, role and content checksum, so a changed, added or removed file is a new key and is read again
/// (rules/0016). A handful of keys covers the repositories one process works on; beyond that the cache starts over.
/// </summary>
internal static class AdrInputsCache
{
    private const int Capacity = 16;

    private const string HexDigits = "0123456789abcdef";

    private static readonly ConcurrentDictionary<string, AdrInputs> Entries = new(StringComparer.Ordinal);

    /// <summary>Path, role, content checksum and length of every file, in order; an unreadable file keys as such.</summary>
    public static string KeyOf(List<AdrInputFile> files)
    {
        var key = new StringBuilder();
        foreach (var file in files)
        {
            var text = file.Text;
            key.Append(file.Path).Append('\u0001').Append((int)file.Role).Append('\u0001');
            if (text is null)
            {
                key.Append('-');
            }
            else
            {
                foreach (var b in text.GetChecksum())
                {
                    // Two hex digits without a string per byte: the key is built on every compilation (every keystroke).
                    key.Append(HexDigits[b >> 4]).Append(HexDigits[b & 0xF]);
                }

                key.Append(':').Append(text.Length);
            }

            key.Append('\u0002');
        }

        return key.ToString();
    }

    public static AdrInputs GetOrAdd(string key, Func<AdrInputs> read)
    {
        if (Entries.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Entries.Count >= Capacity)
        {
            Entries.Clear();
        }

        return Entries.GetOrAdd(key, read());
    }
}
