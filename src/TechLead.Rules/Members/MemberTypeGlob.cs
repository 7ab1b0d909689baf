using TechLead.Rules.Selectors;

namespace TechLead.Rules.Members;

/// <summary>
/// A type glob of a member rule (<c>returns</c>, attributes): a <see cref="GlobPattern"/> over the definition's full name,
/// optionally followed by array brackets (<c>System.String[]</c>); a leading C# keyword means its System type.
/// </summary>
public sealed class MemberTypeGlob
{
    private readonly GlobPattern glob;
    private readonly string suffix;

    private MemberTypeGlob(string text, GlobPattern glob, string suffix)
    {
        Text = text;
        this.glob = glob;
        this.suffix = suffix;
    }

    /// <summary>The glob as written.</summary>
    public string Text { get; }

    public static bool TryParse(string text, out MemberTypeGlob? pattern, out string? error)
    {
        pattern = null;
        var expanded = MemberTypeNames.ExpandKeyword(text.Trim());
        var bracket = expanded.IndexOf('[');
        var suffix = bracket < 0 ? string.Empty : expanded.Substring(bracket);
        var element = bracket < 0 ? expanded : expanded.Substring(0, bracket);
        if (suffix.Length > 0 && !IsArraySuffix(suffix))
        {
            error = $"invalid type glob '{text}': only array brackets such as '[]' or '[,]' may follow the type name";
            return false;
        }

        if (!GlobPattern.TryParse(element, allowSliceCapture: false, out var glob, out error))
        {
            return false;
        }

        pattern = new MemberTypeGlob(text, glob, suffix);
        return true;
    }

    /// <summary>Whether a type name spelled by <see cref="MemberTypeNames"/> matches.</summary>
    public bool IsMatch(string typeName)
    {
        if (suffix.Length == 0)
        {
            return typeName.IndexOf('[') < 0 && glob.IsMatch(typeName);
        }

        return typeName.EndsWith(suffix, System.StringComparison.Ordinal)
            && typeName.IndexOf('[') == typeName.Length - suffix.Length
            && glob.IsMatch(typeName.Substring(0, typeName.Length - suffix.Length));
    }

    public override string ToString() => Text;

    private static bool IsArraySuffix(string suffix)
    {
        var inside = false;
        foreach (var c in suffix)
        {
            switch (c)
            {
                case '[' when !inside:
                    inside = true;
                    break;
                case ']' when inside:
                    inside = false;
                    break;
                case ',' when inside:
                    break;
                default:
                    return false;
            }
        }

        return !inside;
    }
}
