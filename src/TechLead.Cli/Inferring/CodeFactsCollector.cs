using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TechLead.Analyzers.Symbols;
using TechLead.Cli.Checking;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Inferring;

/// <summary>
/// Reads the facts from the loaded compilations with the analyzer's own type model (<see cref="RoslynTypeModel"/>:
/// full names, kinds, modifiers, immutability, the top-level Program in its project's root namespace) and the
/// report's namespace graph (<see cref="NamespaceGraphCollector"/>: the analyzer's dependencies). Whatever this view misses, the analyzer run
/// that verifies each proposal catches: a proposal never rests on these facts alone.
/// </summary>
internal static class CodeFactsCollector
{
    public static async Task<CodeFacts> CollectAsync(LoadedSolution loaded, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var graph = new NamespaceGraph();
        var types = new Dictionary<string, TypeFact>(StringComparer.Ordinal);
        var interfacesOf = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var members = new List<MemberFact>();
        var projects = new Dictionary<string, (HashSet<string> References, List<TypeFact> Types, string DeclaredRoot)>(StringComparer.Ordinal);
        var readProblems = new List<string>();
        var assemblyById = new Dictionary<ProjectId, string>();
        foreach (var project in loaded.Projects)
        {
            assemblyById[project.Id] = project.AssemblyName;
        }

        foreach (var project in loaded.Projects.Where(p => !LayerProposer.IsTestProject(p.AssemblyName)))
        {
            progress.Report($"Reading {project.Name}");
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            if (compilation is null)
            {
                continue;
            }

            if (loaded.WarnAboutCompilerErrorsOnce(project, compilation) is { Count: > 0 } errors)
            {
                readProblems.Add(CompilerErrors(project.Name, errors));
            }

            var programNamespace = RoslynSolutionChecker.ProgramNamespace(project, compilation);
            if (!projects.TryGetValue(project.AssemblyName, out var own))
            {
                own = ([], [], string.IsNullOrWhiteSpace(project.DefaultNamespace) ? project.AssemblyName : project.DefaultNamespace);
                projects.Add(project.AssemblyName, own);
            }

            foreach (var reference in project.ProjectReferences)
            {
                if (assemblyById.TryGetValue(reference.ProjectId, out var referenced) && referenced != project.AssemblyName)
                {
                    own.References.Add(referenced);
                }
            }

            // A multi-targeted project loads once per framework: its types and references count once.
            if (own.Types.Count > 0)
            {
                continue;
            }

            var options = new AnalyzerOptions([], new TechLeadOptionsProvider(project.AnalyzerOptions.AnalyzerConfigOptionsProvider, RoslynSolutionChecker.WithRootNamespace([], project)));
            await NamespaceGraphCollector.CollectAsync(compilation, options, graph, [], cancellationToken).ConfigureAwait(false);
            var model = new RoslynTypeModel(compilation.Assembly, programNamespace);
            foreach (var type in DeclaredTypes(compilation.Assembly.GlobalNamespace))
            {
                var fact = ToFact(type, model);
                foreach (var named in model.GetBaseClasses(type).Concat(model.GetAllInterfaces(type)))
                {
                    interfacesOf.TryAdd(model.GetFullName(named), model.GetAllInterfaces(named).Select(model.GetFullName).ToList());
                }

                if (types.TryAdd(fact.FullName, fact))
                {
                    own.Types.Add(fact);
                    AddMembers(type, fact.FullName, new RoslynMemberModel(model), members);
                }
            }
        }

        var projectFacts = projects
            .Select(p => new ProjectFact(p.Key, RootNamespaceOf(p.Value.Types, p.Value.DeclaredRoot), p.Value.References.OrderBy(r => r, StringComparer.Ordinal).ToList(), p.Value.Types.Count))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ToList();
        return new CodeFacts(types.Values.OrderBy(t => t.FullName, StringComparer.Ordinal).ToList(), projectFacts, graph) { InterfacesOf = interfacesOf, ReadProblems = readProblems, Members = members };
    }

    /// <summary>"Shop.Api has 2 compiler error(s), the first Program.cs(3,1): CS0246 ...": what a lead needs to find it.</summary>
    private static string CompilerErrors(string project, IReadOnlyList<Diagnostic> errors)
    {
        var first = errors[0];
        var span = first.Location.GetLineSpan();
        var where = span.Path is { Length: > 0 } path
            ? $"{System.IO.Path.GetFileName(path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1}): "
            : string.Empty;
        return $"{project} has {errors.Count} compiler error(s), the first {where}{first.Id} {first.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The members a <c>members</c> rule would select in the type (the analyzer's own choice, <see cref="RoslynMemberModel.DeclaredMember"/>).</summary>
    private static void AddMembers(INamedTypeSymbol type, string typeName, RoslynMemberModel model, List<MemberFact> into)
    {
        if (RoslynTypeModel.IsTopLevelProgram(type))
        {
            return;
        }

        foreach (var symbol in type.GetMembers())
        {
            if (symbol is IMethodSymbol or IFieldSymbol or IEventSymbol && RoslynMemberModel.DeclaredMember(symbol) is { } member)
            {
                var returnsBool = model.GetValueTypeName(member) == "System.Boolean" || model.GetAwaitedTypeName(member) == "System.Boolean";
                into.Add(new MemberFact(typeName, model.GetName(member), model.GetKind(member), model.GetVisibility(member), model.IsStatic(member), model.IsAsync(member), returnsBool));
            }
        }
    }

    /// <summary>Types a person wrote: not the compiler's (top-level Program, closures), not generated files'.</summary>
    private static IEnumerable<INamedTypeSymbol> DeclaredTypes(INamespaceSymbol ns)
    {
        foreach (var member in ns.GetMembers())
        {
            if (member is INamespaceSymbol inner)
            {
                foreach (var type in DeclaredTypes(inner))
                {
                    yield return type;
                }
            }
            else if (member is INamedTypeSymbol type)
            {
                foreach (var declared in WithNested(type))
                {
                    yield return declared;
                }
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> WithNested(INamedTypeSymbol type)
    {
        if (type.IsImplicitlyDeclared || !type.CanBeReferencedByName || !type.Locations.Any(IsWrittenByHand) || IsToolGenerated(type))
        {
            yield break;
        }

        yield return type;
        foreach (var nested in type.GetTypeMembers())
        {
            foreach (var declared in WithNested(nested))
            {
                yield return declared;
            }
        }
    }

    /// <summary>
    /// Written by a tool into ordinary files: Entity Framework's migrations and model snapshots (<c>dotnet ef migrations
    /// add</c>). A rule about them (all <c>*Table</c> classes inherit <c>Migration</c>) is the tool's convention, not the team's.
    /// </summary>
    private static bool IsToolGenerated(INamedTypeSymbol type)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (current.ContainingNamespace?.ToDisplayString() is "Microsoft.EntityFrameworkCore.Migrations" or "Microsoft.EntityFrameworkCore.Infrastructure"
                && current.Name is "Migration" or "ModelSnapshot")
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsWrittenByHand(Location location)
    {
        if (!location.IsInSource || location.SourceTree?.FilePath is not { } path)
        {
            return false;
        }

        var normalized = path.Replace('\\', '/');
        return !normalized.Contains("/obj/", StringComparison.Ordinal)
            && !normalized.EndsWith(".g.cs", StringComparison.OrdinalIgnoreCase)
            && !normalized.EndsWith(".designer.cs", StringComparison.OrdinalIgnoreCase);
    }

    private static TypeFact ToFact(INamedTypeSymbol type, RoslynTypeModel model)
    {
        var name = model.GetName(type);
        var words = NameWords.Split(RoleGroups.BareName(name));
        return new TypeFact(model.GetFullName(type), model.GetNamespace(type), name, model.GetAssemblyName(type), model.GetKind(type))
        {
            IsNested = type.ContainingType is not null,
            IsSealed = model.IsSealed(type),
            IsStatic = model.IsStatic(type),
            IsAbstract = model.IsAbstract(type),
            Visibility = model.GetVisibility(type),
            IsImmutable = model.FindSettableInstanceMember(type) is null,
            Attributes = model.GetAttributeClasses(type).Select(model.GetFullName).Distinct(StringComparer.Ordinal).ToList(),
            BaseClasses = model.GetBaseClasses(type).Select(model.GetFullName).Where(n => n != "System.Object").ToList(),
            Interfaces = model.GetAllInterfaces(type).Select(model.GetFullName).Distinct(StringComparer.Ordinal).ToList(),
            Suffix = words.Count > 1 ? words[words.Count - 1] : string.Empty,
            LongSuffix = words.Count > 2 ? words[words.Count - 2] + words[words.Count - 1] : string.Empty,
        };
    }

    /// <summary>
    /// The project's root namespace when most of its types live at or under it (an extension class in
    /// <c>Microsoft.Extensions.DependencyInjection</c> does not make a project rootless), else the longest
    /// namespace they all share.
    /// </summary>
    private static string RootNamespaceOf(List<TypeFact> types, string declared) =>
        types.Count(t => DottedName.IsAtOrUnder(t.Namespace, declared)) * 2 > types.Count ? declared : Namespaces.CommonPrefix(types.Select(t => t.Namespace).ToList());
}
