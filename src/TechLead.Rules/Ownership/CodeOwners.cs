using System;
using System.Collections.Generic;
using System.Linq;

namespace TechLead.Rules.Ownership;

/// <summary>
/// A parsed CODEOWNERS file, GitHub or GitLab syntax (rules/0024). Within a section the last matching
/// pattern wins; GitLab sections (<c>[Name]</c>, <c>^[Optional]</c>, <c>[Name][2]</c>, with default owners
/// after the header) each decide on their own and a file's owners are those of every section, in file order.
/// A bad line is skipped with a <see cref="CodeOwnersProblem"/>; parsing never throws.
/// </summary>
public sealed class CodeOwners
{
    /// <summary>An empty file: nobody owns anything.</summary>
    public static readonly CodeOwners None = new([], []);

    private readonly IReadOnlyList<Section> sections;

    private CodeOwners(IReadOnlyList<Section> sections, IReadOnlyList<CodeOwnersProblem> problems)
    {
        this.sections = sections;
        Problems = problems;
        Entries = sections.SelectMany(s => s.Entries).OrderBy(e => e.Line).ToList();
    }

    /// <summary>
    /// Where a repository keeps the file, relative to its root, in the order they are tried; the first that
    /// exists is the one used. GitHub's order (<c>.github/</c>, root, <c>docs/</c>), then GitLab's <c>.gitlab/</c>
    /// (GitLab tries root, <c>docs/</c>, <c>.gitlab/</c>: the same relative order).
    /// </summary>
    public static IReadOnlyList<string> Locations { get; } = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"];

    /// <summary>Every valid pattern line, in file order.</summary>
    public IReadOnlyList<CodeOwnersEntry> Entries { get; }

    /// <summary>Lines (or owners on a line) that were skipped, in file order.</summary>
    public IReadOnlyList<CodeOwnersProblem> Problems { get; }

    /// <summary>Reads a CODEOWNERS file's text.</summary>
    public static CodeOwners Parse(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var problems = new List<CodeOwnersProblem>();
        var sections = new List<Section> { new(null, []) };
        var current = sections[0];
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = lines[index].TrimEnd('\r').Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tokens = Tokens(line);
            if (SectionHeader(tokens[0]) is { } name)
            {
                var defaults = Owners(tokens, 1, number, problems);
                current = sections.FirstOrDefault(s => s.Name is not null && string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)) ?? new Section(name, defaults);
                if (!sections.Contains(current))
                {
                    sections.Add(current);
                }

                continue;
            }

            if (!CodeOwnersPattern.TryParse(tokens[0], out var pattern, out var error))
            {
                problems.Add(new CodeOwnersProblem(number, error + "; the line is skipped"));
                continue;
            }

            var owners = Owners(tokens, 1, number, problems);
            current.Entries.Add(new CodeOwnersEntry(pattern, owners.Count == 0 ? current.DefaultOwners : owners, number, current.Name));
        }

        return new CodeOwners(sections, problems);
    }

    /// <summary>
    /// The owners of the file at <paramref name="path"/> (relative to the repository root, '/'-separated):
    /// per section the last matching line's owners, sections in file order, each owner once (GitHub
    /// handles are case-insensitive, so the first spelling is kept). Empty when no line, or a line with no
    /// owners, decides.
    /// </summary>
    public IReadOnlyList<string> OwnersOf(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        var owners = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in sections)
        {
            for (var i = section.Entries.Count - 1; i >= 0; i--)
            {
                if (section.Entries[i].Pattern.IsMatch(path))
                {
                    owners.AddRange(section.Entries[i].Owners.Where(seen.Add));
                    break;
                }
            }
        }

        return owners;
    }

    /// <summary>A valid owner: <c>@user</c>, <c>@org/team</c> (GitLab: <c>@group/sub/group</c>, roles <c>@@developer</c>) or an email.</summary>
    public static bool IsOwner(string token)
    {
        if (token is null)
        {
            throw new ArgumentNullException(nameof(token));
        }

        if (token.StartsWith("@", StringComparison.Ordinal))
        {
            var name = token.StartsWith("@@", StringComparison.Ordinal) ? token.Substring(2) : token.Substring(1);
            return name.Length > 0 && name.Split('/').All(part => part.Length > 0 && part.All(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.'));
        }

        var at = token.IndexOf('@');
        return at > 0 && at == token.LastIndexOf('@') && token.IndexOf('.', at) > at + 1 && !token.EndsWith(".", StringComparison.Ordinal);
    }

    /// <summary>The section name when <paramref name="token"/> is a GitLab header (<c>[Name]</c>, <c>^[Name]</c>, <c>[Name][2]</c>).</summary>
    private static string? SectionHeader(string token)
    {
        var start = token.StartsWith("^[", StringComparison.Ordinal) ? 2 : token.StartsWith("[", StringComparison.Ordinal) ? 1 : -1;
        var close = start < 0 ? -1 : token.IndexOf(']', start);
        if (close <= start)
        {
            return null;
        }

        var rest = token.Substring(close + 1);
        var approvals = rest.Length > 2 && rest[0] == '[' && rest[rest.Length - 1] == ']' && rest.Substring(1, rest.Length - 2).All(char.IsDigit);
        return rest.Length == 0 || approvals ? token.Substring(start, close - start).Trim() : null;
    }

    /// <summary>The line split at unescaped whitespace; section headers may hold spaces inside their brackets.</summary>
    private static List<string> Tokens(string line)
    {
        var tokens = new List<string>();
        var token = new System.Text.StringBuilder();
        var inHeader = line[0] == '[' || line.StartsWith("^[", StringComparison.Ordinal);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\' && i + 1 < line.Length)
            {
                token.Append(c).Append(line[++i]);
            }
            else if (char.IsWhiteSpace(c) && !(inHeader && tokens.Count == 0 && token.ToString().IndexOf(']') < 0))
            {
                if (token.Length > 0)
                {
                    tokens.Add(token.ToString());
                    token.Clear();
                }
            }
            else
            {
                token.Append(c);
            }
        }

        if (token.Length > 0)
        {
            tokens.Add(token.ToString());
        }

        return tokens;
    }

    /// <summary>The owners from <paramref name="start"/> to the end or to an inline <c>#</c> comment; invalid ones are skipped with a problem.</summary>
    private static List<string> Owners(List<string> tokens, int start, int line, List<CodeOwnersProblem> problems)
    {
        var owners = new List<string>();
        for (var i = start; i < tokens.Count && !tokens[i].StartsWith("#", StringComparison.Ordinal); i++)
        {
            if (IsOwner(tokens[i]))
            {
                owners.Add(tokens[i]);
            }
            else
            {
                problems.Add(new CodeOwnersProblem(line, $"'{tokens[i]}' is not an owner; write @user, @org/team or an email"));
            }
        }

        return owners;
    }

    private sealed class Section(string? name, IReadOnlyList<string> defaultOwners)
    {
        public string? Name { get; } = name;

        public IReadOnlyList<string> DefaultOwners { get; } = defaultOwners;

        public List<CodeOwnersEntry> Entries { get; } = [];
    }
}
