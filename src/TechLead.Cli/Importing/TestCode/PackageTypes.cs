using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Types the syntax reading finds outside the repository: the public types of the .NET runtime (and of ASP.NET Core
/// where a project in the closure uses the Web SDK or references it) and of the NuGet packages the test project
/// references, directly, through a referenced project, a <c>Directory.Build.props</c> or a package's dependencies,
/// read from the assemblies in the NuGet global packages folder (<c>NUGET_PACKAGES</c>, else <c>~/.nuget/packages</c>).
/// A package that was never restored on this machine is not there, and its types stay unknown. A name resolves only
/// when exactly one full name among the namespaces the file sees has it, which is how C# binds it (two would be an
/// ambiguity the compiler rejects).
/// </summary>
internal sealed class PackageTypes(TestCodeIndex index)
{
    private const int MostPackages = 400;

    // The namespaces <ImplicitUsings>enable</ImplicitUsings> imports in every project (Microsoft.NET.Sdk).
    private static readonly string[] ImplicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static readonly string[] AssemblyFolders = ["lib", "ref"];

    private readonly Dictionary<string, (IReadOnlyList<ExternalType> Types, bool ImplicitUsings)> typesByProject = new(StringComparer.Ordinal);

    /// <summary>The one type named <paramref name="name"/> (with <paramref name="arity"/>) in <paramref name="visible"/> namespaces; null when none or several.</summary>
    public ResolvedType? Find(string name, int arity, IReadOnlyCollection<string> visible, string filePath)
    {
        // A file outside any project still sees the runtime's types.
        var project = index.ProjectOf(filePath) ?? string.Empty;
        if (!typesByProject.TryGetValue(project, out var read))
        {
            read = project.Length == 0 ? (Framework(web: false).SelectMany(PublicTypes).ToList(), false) : (Read(project), HasImplicitUsings(project));
            typesByProject[project] = read;
        }

        var metadataName = arity == 0 ? name : name + "`" + arity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var found = read.Types.Where(t => t.Name == metadataName && (visible.Contains(t.Namespace) || (read.ImplicitUsings && ImplicitUsings.Contains(t.Namespace)))).GroupBy(t => t.FullName, StringComparer.Ordinal).ToList();
        if (found.Count != 1)
        {
            return null;
        }

        var type = found[0].First();
        return new ResolvedType(type.FullName, type.Namespace, type.Assembly, $"the assembly of '{type.FullName}' is unknown") { IsInterface = type.IsInterface, IsSealed = type.IsSealed };
    }

    // The project's closure (its project references), the packages they name and those packages' dependencies.
    private static List<ExternalType> Read(string project)
    {
        var projects = new List<XDocument>();
        var packages = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var web = false;
        var pending = new Stack<string>([Path.GetFullPath(project)]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (!seen.Add(path) || ProjectFile.Load(path) is not { } document)
            {
                continue;
            }

            web |= (document.Root?.Attribute("Sdk")?.Value ?? string.Empty).Contains("Web", StringComparison.Ordinal)
                || Items(document, "FrameworkReference").Any(i => i.Equals("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase));
            packages.UnionWith(Items(document, "PackageReference"));
            foreach (var props in BuildProps(Path.GetDirectoryName(path)!))
            {
                packages.UnionWith(Items(props, "PackageReference"));
            }

            foreach (var reference in Items(document, "ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, reference.Replace('\\', '/'))));
            }
        }

        var assemblies = Framework(web).Concat(PackageAssemblies(packages));
        return assemblies.SelectMany(PublicTypes).ToList();
    }

    private static bool HasImplicitUsings(string project) =>
        new[] { ProjectFile.Load(project) }.Concat(BuildProps(Path.GetDirectoryName(Path.GetFullPath(project))!)).OfType<XDocument>()
            .SelectMany(d => d.Descendants().Where(e => e.Name.LocalName == "ImplicitUsings"))
            .Select(e => e.Value.Trim()).FirstOrDefault() is "enable" or "true";

    private static IEnumerable<string> Items(XDocument document, string item) =>
        document.Descendants().Where(e => e.Name.LocalName == item).Select(e => e.Attribute("Include")?.Value.Trim()).OfType<string>().Where(v => v.Length > 0);

    private static IEnumerable<XDocument> BuildProps(string directory)
    {
        for (var current = directory; current is not null; current = Path.GetDirectoryName(current))
        {
            if (File.Exists(Path.Combine(current, "Directory.Build.props")) && ProjectFile.Load(Path.Combine(current, "Directory.Build.props")) is { } props)
            {
                yield return props;
            }
        }
    }

    // The shared frameworks beside the one this process runs on.
    private static IEnumerable<string> Framework(bool web)
    {
        var runtime = RuntimeEnvironment.GetRuntimeDirectory().TrimEnd(Path.DirectorySeparatorChar);
        var found = Directory.GetFiles(runtime, "*.dll").AsEnumerable();
        var aspNetRoot = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(runtime)!)!, "Microsoft.AspNetCore.App");
        var major = Path.GetFileName(runtime).Split('.')[0] + ".";
        var aspNet = web && Directory.Exists(aspNetRoot)
            ? Directory.GetDirectories(aspNetRoot).Where(d => Path.GetFileName(d).StartsWith(major, StringComparison.Ordinal)).OrderByDescending(Path.GetFileName, StringComparer.Ordinal).FirstOrDefault()
            : null;
        return aspNet is null ? found : found.Concat(Directory.GetFiles(aspNet, "*.dll"));
    }

    // Each package's highest restored version: its lib/ and ref/ assemblies, then its dependencies in turn.
    private static IEnumerable<string> PackageAssemblies(IEnumerable<string> roots)
    {
        var folder = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var pending = new Queue<string>(roots);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (pending.Count > 0 && seen.Count < MostPackages)
        {
            var id = pending.Dequeue();
            var package = Path.Combine(folder, id.ToLowerInvariant());
            if (!seen.Add(id) || !Directory.Exists(package))
            {
                continue;
            }

            var version = Directory.GetDirectories(package).OrderByDescending(v => Version.TryParse(Path.GetFileName(v).Split('-')[0], out var parsed) ? parsed : new Version()).FirstOrDefault();
            if (version is null)
            {
                continue;
            }

            foreach (var part in AssemblyFolders.Select(p => Path.Combine(version, p)).Where(Directory.Exists))
            {
                foreach (var dll in Directory.GetFiles(part, "*.dll", SearchOption.AllDirectories))
                {
                    yield return dll;
                }
            }

            foreach (var nuspec in Directory.GetFiles(version, "*.nuspec"))
            {
                foreach (var dependency in ProjectFile.Load(nuspec)?.Descendants().Where(e => e.Name.LocalName == "dependency") ?? [])
                {
                    if (dependency.Attribute("id")?.Value is { Length: > 0 } next)
                    {
                        pending.Enqueue(next);
                    }
                }
            }
        }
    }

    private static IEnumerable<ExternalType> PublicTypes(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                return [];
            }

            var reader = pe.GetMetadataReader();
            if (!reader.IsAssembly)
            {
                return [];
            }

            var assembly = reader.GetString(reader.GetAssemblyDefinition().Name);
            return reader.TypeDefinitions.Select(reader.GetTypeDefinition)
                .Where(t => (t.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public)
                .Select(t => new ExternalType(reader.GetString(t.Namespace), reader.GetString(t.Name), assembly, (t.Attributes & TypeAttributes.Interface) != 0) { IsSealed = (t.Attributes & TypeAttributes.Sealed) != 0 })
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException or InvalidOperationException)
        {
            return [];
        }
    }

    private sealed record ExternalType(string Namespace, string Name, string Assembly, bool IsInterface)
    {
        public string FullName => Namespace.Length == 0 ? Name : Namespace + "." + Name;

        public bool IsSealed { get; init; }
    }
}
