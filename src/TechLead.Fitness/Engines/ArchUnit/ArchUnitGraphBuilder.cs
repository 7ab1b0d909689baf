using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using Mono.Cecil;
using TechLead.Fitness.Engines.Cecil;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.ArchUnit;

/// <summary>
/// Loads an assembly set with ArchUnitNET and turns it into a <see cref="TypeGraph{IType}"/>: ArchUnitNET's types
/// (names, kinds, bases, interfaces, attributes, members) with the dependencies of <see cref="SourceDependencies"/>
/// and a Cecil pass for member uses and declared names.
/// Dependencies follow docs/adr-format.md: no self, no nesting relatives (a type and all its nested types are one unit), no compiler-generated targets.
/// </summary>
internal static class ArchUnitGraphBuilder
{
    public static TypeGraph<IType> Build(AssemblySet assemblies)
    {
        var index = SourceDependencyIndex.For(assemblies);
        var problems = new List<string>(index.Problems);
        var architecture = Load(index.Readable, problems);
        var scans = new Dictionary<string, CecilTypeScan>(StringComparer.Ordinal);
        var definitions = new Dictionary<string, TypeDefinition>(StringComparer.Ordinal);
        var generatedTypes = new HashSet<string>(StringComparer.Ordinal);
        var serializableTypes = new HashSet<string>(StringComparer.Ordinal);
        var topLevelProgramAssemblies = new HashSet<string>(StringComparer.Ordinal);
        var constantFields = new HashSet<string>(StringComparer.Ordinal);
        var resolver = CecilResolver.Create(assemblies);
        foreach (var path in index.Readable)
        {
            using var module = CecilScanner.ReadModule(path, resolver);
            foreach (var (name, scan) in CecilScanner.Scan(module))
            {
                scans[name] = scan;
            }

            foreach (var type in module.GetTypes())
            {
                if (CecilNames.IsCompilerGeneratedType(type))
                {
                    // Raw names ('.' for nesting): the top-level Program's generated types keep its global name here.
                    generatedTypes.Add(type.FullName.Replace('/', '.'));
                }
                else
                {
                    definitions[type.FullName.Replace('/', '+')] = type;
                }

                if (CecilNames.IsTopLevelProgram(type))
                {
                    topLevelProgramAssemblies.Add(module.Assembly.Name.Name);
                }

                ArchUnitConstantFields.Collect(type, constantFields);
                if (type.IsSerializable)
                {
                    serializableTypes.Add(type.FullName.Replace('/', '+'));
                }
            }
        }

        var context = new BuildContext(architecture, generatedTypes, serializableTypes, topLevelProgramAssemblies);
        var model = context.Model;
        model.ConstantFields.UnionWith(constantFields);
        model.BaseResolver = resolver;
        var result = new List<TypeFacts<IType>>();
        foreach (var type in architecture?.Types ?? [])
        {
            var name = ArchUnitTypeModel.Normalize(type.FullName);
            if (type.IsCompilerGenerated || generatedTypes.Contains(name) || name.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            definitions.TryGetValue(type.FullName, out var definition);
            var facts = new TypeFacts<IType>(type) { IsTopLevelProgram = model.IsTopLevelProgram(type), IsGenerated = definition is not null && index.IsGenerated(definition) };

            // Dependencies as docs/adr-format.md defines them, read from IL by the reader both IL engines share
            // (rules/0039): ArchUnitNET's own list also holds what the compiler synthesized (record members, state
            // machines, attributes it applies) and misses what IL inlines or hides in closures.
            if (definition is not null)
            {
                foreach (var dependency in index.Of(definition))
                {
                    context.Add(facts, context.Find(dependency));
                }
            }

            if (scans.TryGetValue(model.GetFullName(type), out var scan))
            {
                facts.MemberUses.UnionWith(scan.MemberUses);
                facts.DeclaredNames.AddRange(scan.DeclaredNames);
                facts.DeclaredMembers.AddRange(scan.DeclaredMembers);
            }

            result.Add(facts);
        }

        result.Sort((a, b) => string.CompareOrdinal(model.GetFullName(a.Type), model.GetFullName(b.Type)));
        return new TypeGraph<IType>(model, result, problems) { FindType = context.Lookup };
    }

    /// <summary>
    /// ArchUnitNET's architecture of the assemblies that read; when it fails on the set, each assembly alone finds the
    /// one it cannot load, which is named in <paramref name="problems"/> and left out.
    /// </summary>
    private static Architecture? Load(List<string> paths, List<string> problems)
    {
        if (paths.Count == 0)
        {
            return null;
        }

        try
        {
            return LoadAll(paths);
        }
#pragma warning disable CA1031 // an assembly ArchUnitNET cannot load is named; the others are still checked
        catch (Exception)
        {
            var loadable = new List<string>();
            foreach (var path in paths)
            {
                try
                {
                    LoadAll([path]);
                    loadable.Add(path);
                }
                catch (Exception exception)
                {
                    problems.Add($"'{Path.GetFileName(path)}' could not be loaded by ArchUnitNET ({exception.GetType().Name}: {exception.Message}); it was not checked, the other assemblies were");
                }
            }
#pragma warning restore CA1031

            return loadable.Count == 0 ? null : LoadAll(loadable);
        }
    }

    private static Architecture LoadAll(IReadOnlyList<string> paths)
    {
        var loader = new ArchLoader().WithoutArchitectureCache();
        foreach (var path in paths)
        {
            loader = loader.LoadFilteredDirectory(Path.GetDirectoryName(path)!, Path.GetFileName(path), SearchOption.TopDirectoryOnly);
        }

        return loader.Build();
    }

    private sealed class BuildContext
    {
        private readonly Dictionary<string, IType> byRawName = new(StringComparer.Ordinal);
        private readonly HashSet<string> generatedTypes;

        public BuildContext(Architecture? architecture, HashSet<string> generatedTypes, HashSet<string> serializableTypes, HashSet<string> topLevelProgramAssemblies)
        {
            this.generatedTypes = generatedTypes;
            Model = new ArchUnitTypeModel(serializableTypes, topLevelProgramAssemblies);
            foreach (var type in architecture is null ? [] : architecture.ReferencedTypes.Concat(architecture.Types))
            {
                byRawName[type.FullName] = type;
            }
        }

        public ArchUnitTypeModel Model { get; }

        /// <summary>The ArchUnitNET type for a Cecil reference, or a <see cref="MissingType"/> ArchUnitNET never saw.</summary>
        public IType? Find(TypeReference reference)
        {
            if (Lookup(reference) is not { } type)
            {
                return null;
            }

            byRawName[type.FullName] = type;
            return type;
        }

        /// <summary>
        /// <see cref="Find"/> for evaluation, after the build: reads only, so rules evaluated side by side share the graph
        /// (a type ArchUnitNET never saw is a fresh <see cref="MissingType"/>, known by name).
        /// </summary>
        public IType? Lookup(TypeReference reference)
        {
            var element = CecilNames.Unwrap(reference);
            if (element is Mono.Cecil.GenericParameter)
            {
                return null;
            }

            var raw = element.FullName.Replace('/', '+');
            return byRawName.TryGetValue(raw, out var known)
                ? known
                : new MissingType(raw, CecilNames.Namespace(element), element.Name, element.Scope is AssemblyNameReference scope ? scope.Name : element.Module?.Assembly?.Name.Name ?? string.Empty);
        }

        public void Add(TypeFacts<IType> facts, IType? target)
        {
            if (target is null || target.IsGenericParameter)
            {
                return;
            }

            var raw = target.FullName;
            if (target.IsCompilerGenerated || raw.Contains('<', StringComparison.Ordinal) || generatedTypes.Contains(ArchUnitTypeModel.Normalize(raw)))
            {
                // A lambda's display class or a state machine: its code belongs to its user type, which the Cecil pass covers.
                return;
            }

            if (TypeFamily.AreOneUnit(facts.Type, target, Model))
            {
                // A type and all its nested types (siblings too) are one unit, as in the analyzer.
                return;
            }

            facts.Dependencies.Add(target);
        }
    }
}
