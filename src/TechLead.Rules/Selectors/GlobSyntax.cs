namespace TechLead.Rules.Selectors;

/// <summary>Checks glob text before compiling it, with messages that say what to write instead.</summary>
internal static class GlobSyntax
{
    public const string SliceCapture = "{slice}";

    public static string? Validate(string text, bool allowSliceCapture)
    {
        if (text.Length == 0)
        {
            return "empty glob; write a type or namespace name such as 'Shop.Domain.**'";
        }

        if (text.Length > 1024)
        {
            return "glob longer than 1024 characters; select types with a shorter pattern";
        }

        var segments = text.Split('.');
        var captures = 0;
        foreach (var segment in segments)
        {
            if (segment.Length == 0)
            {
                return $"invalid glob '{text}': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'";
            }

            if (segment == "**")
            {
                continue;
            }

            if (segment.Contains("**"))
            {
                return $"invalid glob '{text}': '**' must be a whole segment between dots (e.g. 'Shop.**.Events'); use '*' inside a segment";
            }

            if (segment == SliceCapture)
            {
                if (!allowSliceCapture)
                {
                    return $"invalid glob '{text}': '{SliceCapture}' is only allowed in an acyclic rule's 'slices'";
                }

                captures++;
                continue;
            }

            foreach (var c in segment)
            {
                if (!IsNameCharacter(c))
                {
                    return $"invalid glob '{text}': character '{c}' is not allowed; use letters, digits, '_', '`' (generic arity), '*', '?' and '.'";
                }
            }
        }

        if (captures > 1)
        {
            return $"invalid glob '{text}': only one '{SliceCapture}' segment is allowed";
        }

        return null;
    }

    private static bool IsNameCharacter(char c) =>
        char.IsLetterOrDigit(c) || c == '_' || c == '`' || c == '*' || c == '?' || c == '<' || c == '>' || c == '+' || c == '-';
}
