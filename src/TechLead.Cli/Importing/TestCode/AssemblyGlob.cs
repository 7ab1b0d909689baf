using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The assemblies whose files a test finds in its output folder, as assembly-name globs (ADR-0064): <see cref="Include"/>
/// less each of <see cref="Excluded"/>. A file pattern's <c>*</c> also matches dots, a glob's <c>*</c> stays within one
/// segment, so <c>Shop.Modules.*.dll</c> is <c>Shop.Modules.*.**</c> (one or more segments after <c>Shop.Modules</c>).
/// </summary>
internal sealed record AssemblyGlob(string FilePattern, string Include, IReadOnlyList<string> Excluded)
{
    private const string Dll = ".dll";

    /// <summary>The glob of the assembly names a file pattern (<c>Shop.Modules.*.dll</c>) finds, or null when none says the same.</summary>
    public static AssemblyGlob? FromFilePattern(string pattern)
    {
        if (!pattern.EndsWith(Dll, System.StringComparison.OrdinalIgnoreCase) || pattern.IndexOfAny(['/', '\\', '?']) >= 0)
        {
            return null;
        }

        var segments = pattern[..^Dll.Length].Split('.');
        var glob = new List<string>();
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            var stars = segment.Count(c => c == '*');
            if (stars == 0)
            {
                glob.Add(segment);
            }
            else if (segment == "*" || (stars == 1 && i == segments.Length - 1 && segment.EndsWith('*')))
            {
                // The star may span dots: this segment, then any number of whole segments.
                glob.Add(segment);
                glob.Add("**");
            }
            else
            {
                return null;
            }
        }

        var include = string.Join(".", glob);
        return GlobPattern.TryParse(include, false, out _, out _) ? new AssemblyGlob(pattern, include, []) : null;
    }

    /// <summary>Why a loop variable standing for these assemblies cannot be read as one of them at <paramref name="use"/>.</summary>
    public string UsedAsOne(Microsoft.CodeAnalysis.SyntaxNode use) =>
        $"the loop walks the assemblies found as '{FilePattern}' in the test's output folder, known only when the test runs; it is read as all of them (assembly: {Include}) only where it is the assembly the types come from, and here it stands for one of them ('{use}'): no TechLead rule repeats a check per assembly with its name";

    /// <summary>The glob of the assembly names that end with <paramref name="suffix"/> (<c>.Contracts</c>: <c>**.Contracts</c>), or null.</summary>
    public static string? EndingWith(string suffix)
    {
        if (suffix.Length == 0 || suffix == "." || suffix.IndexOfAny(['*', '?', '/', '\\']) >= 0)
        {
            return null;
        }

        var glob = suffix.StartsWith('.') ? "**" + suffix : "**.*" + suffix;
        return GlobPattern.TryParse(glob, false, out _, out _) ? glob : null;
    }
}
