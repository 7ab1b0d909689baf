using System;
using System.IO;
using System.Text;

namespace TechLead.Cli.Importing;

/// <summary>Reads a source an importer translates; a file that cannot be read is a reason, never an exception.</summary>
internal static class SourceFile
{
    /// <summary>Files larger than this are not read (an importer quotes from them; nobody writes rules this long).</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

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
            error = "the file is not valid UTF-8 text";
            return false;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = "the file cannot be read: " + e.Message.ReplaceLineEndings(" ");
            return false;
        }
    }
}
