using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TechLead.Cli.Infrastructure;

/// <summary>
/// Writes files so a reader never sees half of one: the text goes to a temporary file in the same
/// folder (same volume, so the rename is atomic), then replaces the target in one move.
/// </summary>
internal static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteAllText(string path, string text) => WriteAll([(path, text)]);

    /// <summary>
    /// Appends one line in a single write to a file opened for appending, so concurrent writers never
    /// interleave inside a line and a reader sees the line whole or not at all. A file whose last line
    /// was cut off gets a line break first, so the new line stays readable.
    /// </summary>
    public static void AppendLine(string path, string line)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var stream = new FileStream(full, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        var needsBreak = stream.Length > 0 && LastByte(full) != (byte)'\n';
        stream.Write(Utf8NoBom.GetBytes((needsBreak ? "\n" : string.Empty) + line + "\n"));
        stream.Flush(flushToDisk: true);
    }

    private static int LastByte(string path)
    {
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        reader.Seek(-1, SeekOrigin.End);
        return reader.ReadByte();
    }

    /// <summary>
    /// Writes every file to its temporary twin first; only when all are on disk are they moved into
    /// place, so a failure while writing leaves every target untouched. <paramref name="progress"/>, when
    /// given, says which targets are in place when a move fails.
    /// </summary>
    public static void WriteAll(IReadOnlyList<(string Path, string Text)> files, AtomicWriteProgress? progress = null)
    {
        var staged = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (path, text) in files)
            {
                var full = Path.GetFullPath(path);
                progress?.Current = full;
                var directory = Path.GetDirectoryName(full)!;
                Directory.CreateDirectory(directory);
                var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
                File.WriteAllText(temp, text, Utf8NoBom);
                staged.Add((temp, full));
            }

            foreach (var (temp, target) in staged)
            {
                progress?.Current = target;
                File.Move(temp, target, overwrite: true);
                progress?.Written.Add(target);
            }
        }
        finally
        {
            foreach (var (temp, _) in staged)
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }

    /// <summary>
    /// Writes a new file atomically and never replaces one: when <paramref name="path"/> exists (or appears while
    /// writing), nothing is written and the answer is false.
    /// </summary>
    public static bool TryCreateNew(string path, string text)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full))
        {
            return false;
        }

        var directory = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(directory);
        var temp = Path.Combine(directory, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllText(temp, text, Utf8NoBom);
            File.Move(temp, full, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(full))
        {
            return false;
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
