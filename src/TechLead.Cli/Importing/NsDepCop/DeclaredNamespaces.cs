using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace TechLead.Cli.Importing.NsDepCop;

/// <summary>
/// The namespaces a project's C# files declare (<c>namespace A.B;</c> and <c>namespace A.B {</c>), read from the text:
/// the files under the project's folder, without those of projects nested below it.
/// </summary>
internal static class DeclaredNamespaces
{
    private static readonly Regex Declaration = new(@"^\s*namespace\s+(?<name>[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*[;{]?\s*$", RegexOptions.Multiline | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    private static readonly Regex TypeDeclaration = new(@"\b(?:class|struct|interface|enum|record)\s+[A-Za-z_]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The declared namespaces in ordinal order, and whether some file declares types outside any namespace.</summary>
    public static (IReadOnlyList<string> Namespaces, bool GlobalTypes) Of(string projectDirectory, ImportScope scope)
    {
        var nested = scope.Files
            .Where(f => f.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(f) != projectDirectory && Under(f, projectDirectory))
            .Select(f => Path.GetDirectoryName(f)!)
            .ToList();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        var globalTypes = false;
        foreach (var file in scope.Files.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && Under(f, projectDirectory) && !nested.Any(n => Under(f, n))))
        {
            if (!SourceFile.TryRead(file, out var text, out _))
            {
                continue;
            }

            var declared = Declaration.Matches(text);
            foreach (Match match in declared)
            {
                names.Add(match.Groups["name"].Value);
            }

            globalTypes |= declared.Count == 0 && TypeDeclaration.IsMatch(text);
        }

        return ([.. names], globalTypes);
    }

    private static bool Under(string path, string directory) =>
        path.StartsWith(directory + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
