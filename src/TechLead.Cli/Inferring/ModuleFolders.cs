using System;
using System.Collections.Generic;
using System.Linq;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Modules as a team's folders and namespaces show them (rules/0041): the children of a project's root namespace
/// (<c>Fitnet.{Offers,Passes}</c>), or of a folder named for modules right below it (<c>Shop.Modules.{Catalog,Ordering}</c>);
/// shared namespaces (<c>Common</c>, <c>Shared</c>, <c>BuildingBlocks</c>, or one every other child uses) are not modules.
/// </summary>
internal static class ModuleFolders
{
    /// <summary>Folder names teams give the namespace that holds their modules.</summary>
    private static readonly string[] ContainerNames = ["Modules", "Features", "BoundedContexts", "Components", "Slices", "Domains", "Services"];

    /// <summary>Folder names of what modules share, never a module.</summary>
    private static readonly string[] SharedNames = ["Common", "Shared", "SharedKernel", "Kernel", "BuildingBlocks", "Abstractions", "Infrastructure", "Utils", "Utilities", "Helpers", "Extensions", "Configuration"];

    /// <summary>Folder names of what composes the modules (a host, a web entry point): it uses them all by design.</summary>
    private static readonly string[] HostNames = ["Host", "Hosts", "Api", "Web", "WebApi", "App", "Bootstrapper", "Startup", "Composition", "CompositionRoot"];

    /// <summary>
    /// A near-rule keeps at least this many modules apart: with two, "one uses the other only through X" is one forbid, and
    /// two folders that happen to meet through a pair of types are not a modular design.
    /// </summary>
    private const int MinNearModules = 3;

    /// <summary>A namespace named for modules right below a project's root namespace.</summary>
    public static bool IsModuleFolder(string ns, IEnumerable<string> projectRoots) =>
        projectRoots.Any(root => Namespaces.ChildOf(ns, root) is { } child && Namespaces.Join(root, child) == ns && ContainerNames.Contains(child, StringComparer.Ordinal));

    /// <summary>
    /// The children that look like modules although some use others today: at least two types each, not shared, a host or a
    /// container by name, not used by every other child. Null when fewer than three, or when none uses another (nothing near to propose).
    /// </summary>
    public static List<string>? NearModules(Dictionary<string, List<TypeFact>> children, List<(string From, string To)> edges)
    {
        var candidates = children
            .Where(c => c.Value.Count >= 2 && !SharedNames.Contains(c.Key, StringComparer.Ordinal) && !ContainerNames.Contains(c.Key, StringComparer.Ordinal) && !HostNames.Contains(c.Key, StringComparer.Ordinal))
            .Select(c => c.Key)
            .Where(c => children.Count < 3 || edges.Count(e => e.To == c) < children.Count - 1)
            .OrderBy(c => c, StringComparer.Ordinal)
            .ToList();
        var between = edges.Count(e => candidates.Contains(e.From) && candidates.Contains(e.To));
        return candidates.Count >= MinNearModules && between > 0 ? candidates : null;
    }
}
