namespace TechLead.Rules.Parsing;

/// <summary>
/// The id grammars of the contract, checked by hand: they are fixed and linear, and a regex with a
/// timeout could fail spuriously on a starved CI agent.
/// </summary>
internal static class IdSyntax
{
    /// <summary>Rule ids: <c>[a-z0-9][a-z0-9-]*</c>.</summary>
    public static bool IsRuleId(string text)
    {
        if (text.Length == 0 || !IsLowerOrDigit(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsLowerOrDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>ADR ids: <c>ADR-\d{4}</c> or <c>[A-Za-z][A-Za-z0-9-]*</c> (the first is a case of the second).</summary>
    public static bool IsAdrId(string text)
    {
        if (text.Length == 0 || !IsAsciiLetter(text[0]))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!IsAsciiLetter(c) && !IsDigit(c) && c != '-')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The <c>NNNN</c> of a file name starting <c>NNNN-</c>, else null.</summary>
    public static string? FileNumber(string fileName)
    {
        if (fileName.Length < 5 || fileName[4] != '-')
        {
            return null;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!IsDigit(fileName[i]))
            {
                return null;
            }
        }

        return fileName.Substring(0, 4);
    }

    private static bool IsLowerOrDigit(char c) => (c >= 'a' && c <= 'z') || IsDigit(c);

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
