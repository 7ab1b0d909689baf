using System.Text;

namespace TechLead.Rules.Parsing;

/// <summary>
/// How the files TechLead reads from disk (ADRs, the baseline) become text, the same in the CLI and the fitness
/// library: UTF-8, a leading byte-order mark dropped, and invalid bytes kept as U+FFFD, which the parser reports as
/// TL9001 at their position instead of failing the read. (The analyzer gets its text decoded by the compiler.)
/// </summary>
public static class FileText
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static string Decode(byte[] bytes)
    {
        var text = Utf8.GetString(bytes);
        return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
    }
}
