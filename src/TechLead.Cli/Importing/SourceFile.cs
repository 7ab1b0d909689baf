using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace TechLead.Cli.Importing;

/// <summary>Reads a source an importer translates; a file that cannot be read is a reason, never an exception.</summary>
internal static class SourceFile
{
    /// <summary>Files larger than this are not read (an importer quotes from them; nobody writes rules this long).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// Reads a line-oriented file whose lines are independent: a line that is not valid UTF-8 is left empty and its number
    /// listed in <paramref name="invalidLines"/> (with the text as far as it decodes), so the other lines still count.
    /// </summary>
    public static bool TryReadLines(string path, out string text, out IReadOnlyList<(int Line, string Text)> invalidLines, out string error)
    {
        invalidLines = [];
        if (TryRead(path, out text, out error) || error != NotUtf8)
        {
            return error.Length == 0;
        }

        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var lenient = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
        var bytes = File.ReadAllBytes(path);
        var lines = new List<string>();
        var invalid = new List<(int, string)>();
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != (byte)'\n')
            {
                continue;
            }

            var segment = new ArraySegment<byte>(bytes, start, i - start);
            try
            {
                lines.Add(strict.GetString(segment.Array!, segment.Offset, segment.Count));
            }
            catch (DecoderFallbackException)
            {
                invalid.Add((lines.Count + 1, lenient.GetString(segment.Array!, segment.Offset, segment.Count).TrimEnd('\r')));
                lines.Add(string.Empty);
            }

            start = i + 1;
        }

        if (invalid.Count == lines.Count)
        {
            // No line is text: the file is not a text file at all.
            return false;
        }

        text = string.Join("\n", lines).TrimStart('\uFEFF');
        invalidLines = invalid;
        error = string.Empty;
        return true;
    }

    private const string NotUtf8 = "the file is not valid UTF-8 text";

    public static bool TryRead(string path, out string text, out string error)
    {
        text = string.Empty;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                error = $"the file is {info.Length} bytes, more than the {MaxBytes} an import reads";
                return false;
            }

            var bytes = File.ReadAllBytes(path);
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
            error = string.Empty;
            return true;
        }
        catch (DecoderFallbackException)
        {
            error = NotUtf8;
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = "the file cannot be read: " + e.Message.ReplaceLineEndings(" ");
            return false;
        }
    }
}
