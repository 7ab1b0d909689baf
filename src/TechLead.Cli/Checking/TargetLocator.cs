using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Checking;

/// <summary>Turns the <c>[sln|csproj|dir]</c> argument into the one solution or project file to load.</summary>
internal static class TargetLocator
{
    private static readonly string[] SolutionExtensions = [".sln", ".slnx"];

    /// <param name="argument">The argument as given; null or empty: <paramref name="workingDirectory"/>.</param>
    /// <param name="workingDirectory">The run's working folder, which a relative argument counts from.</param>
    public static string Resolve(string? argument, string? workingDirectory)
    {
        var path = string.IsNullOrEmpty(argument)
            ? workingDirectory ?? throw new System.InvalidOperationException("no target and no working folder")
            : ArgumentPaths.Resolve(argument, workingDirectory);
        if (File.Exists(path))
        {
            var extension = Path.GetExtension(path).ToLowerInvariant();
            return extension is ".sln" or ".slnx" or ".csproj"
                ? path
                : throw new BadInputException($"'{argument}' is not a solution or C# project; pass a .sln, .slnx, .csproj or a folder that holds one");
        }

        if (!Directory.Exists(path))
        {
            throw new BadInputException($"path '{argument}' does not exist; pass a .sln, .slnx, .csproj or a folder that holds one");
        }

        return TryFindIn(path, out var found, out var ambiguity)
            ? found
            : throw new BadInputException(ambiguity ?? $"no .sln, .slnx or .csproj in '{PathDisplay.Relative(path)}'; pass the solution or project to check");
    }

    /// <summary>The single solution in a folder, else its single project; null with a reason when there are several.</summary>
    public static bool TryFindIn(string directory, out string found, out string? ambiguity)
    {
        found = string.Empty;
        ambiguity = null;
        var solutions = Directory.EnumerateFiles(directory)
            .Where(f => SolutionExtensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        var candidates = solutions.Count > 0 ? solutions : Directory.EnumerateFiles(directory, "*.csproj").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (candidates.Count == 1)
        {
            found = candidates[0];
            return true;
        }

        if (candidates.Count > 1)
        {
            ambiguity = $"'{PathDisplay.Relative(directory)}' holds several: {string.Join(", ", candidates.Select(Path.GetFileName))}; pass the one to check";
        }

        return false;
    }
}
