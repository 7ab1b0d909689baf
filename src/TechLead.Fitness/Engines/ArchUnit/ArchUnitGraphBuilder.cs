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
/// Loads an assembly set with ArchUnitNET and turns it into a <see cref="TypeGraph{IType}"/>:
/// ArchUnitNET's type and member dependencies (with generic arguments), plus a Cecil pass for
/// caught exception types, compiler-generated code (folded into its user type) and member uses.
/// Dependencies follow docs/adr-format.md: no self, no nesting relatives (a type and all its nested types are one unit), no compiler-generated targets.
/// </summary>
internal static class ArchUnitGraphBuilder
{
    public static TypeGraph<IType> Build(AssemblySet assemblies)
    {
        var loader = new ArchLoader().WithoutArchitectureCache();
        foreach (var path in assemblies.Paths)
        {
            loader = loader.LoadFilteredDirectory(Path.GetDirectoryName(path)!, Path.GetFileName(path), SearchOption.TopDirectoryOnly);
        }

        var architecture = loader.Build();
        var scans = new Dictionary<string, CecilTypeScan>(StringComparer.Ordinal);
        var generatedTypes = new HashSet<string>(StringComparer.Ordinal);
        var serializableTypes = new HashSet<string>(StringComparer.Ordinal);
        var topLevelProgramAssemblies = new HashSet<string>(StringComparer.Ordinal);
        var resolver = CecilResolver.Create(assemblies);
        foreach (var path in assemblies.Paths)
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

                if (CecilNames.IsTopLevelProgram(type))
                {
                    topLevelProgramAssemblies.Add(module.Assembly.Name.Name);
                }

                if (type.IsSerializable)
                {
                    serializableTypes.Add(type.FullName.Replace('/', '+'));
                }
            }
        }

        var context = new BuildContext(architecture, generatedTypes, serializableTypes, topLevelProgramAssemblies);
        var model = context.Model;
        var result = new List<TypeFacts<IType>>();
        foreach (var type in architecture.Types)
        {
            var name = ArchUnitTypeModel.Normalize(type.FullName);
            if (type.IsCompilerGenerated || generatedTypes.Contains(name) || name.Contains('<', StringComparison.Ordinal))
            {
                continue;
            }

            var facts = new TypeFacts<IType>(type) { IsTopLevelProgram = model.IsTopLevelProgram(type) };
            context.AddDependencies(facts);
            if (scans.TryGetValue(model.GetFullName(type), out var scan))
            {
                foreach (var extra in scan.ExtraDependencies)
                {
                    context.Add(facts, context.Find(extra));
                }

                facts.MemberUses.UnionWith(scan.MemberUses);
                facts.DeclaredNames.AddRange(scan.DeclaredNames);
                facts.DeclaredMembers.AddRange(scan.DeclaredMembers);
            }

            result.Add(facts);
        }

        result.Sort((a, b) => string.CompareOrdinal(model.GetFullName(a.Type), model.GetFullName(b.Type)));
        return new TypeGraph<IType>(model, result);
    }

    private sealed class BuildContext
    {
        private readonly Dictionary<string, IType> byRawName = new(StringComparer.Ordinal);
        private readonly HashSet<string> generatedTypes;

        public BuildContext(Architecture architecture, HashSet<string> generatedTypes, HashSet<string> serializableTypes, HashSet<string> topLevelProgramAssemblies)
        {
            this.generatedTypes = generatedTypes;
            Model = new ArchUnitTypeModel(serializableTypes, topLevelProgramAssemblies);
            foreach (var type in architecture.ReferencedTypes.Concat(architecture.Types))
            {
                byRawName[type.FullName] = type;
            }
        }

        public ArchUnitTypeModel Model { get; }

        public void AddDependencies(TypeFacts<IType> facts)
        {
            var type = facts.Type;
            foreach (var dependency in type.Dependencies)
            {
                Add(facts, dependency.Target);
                AddGenericArguments(facts, dependency.TargetGenericArguments);
            }

            foreach (var member in type.Members)
            {
                foreach (var dependency in member.Dependencies)
                {
                    Add(facts, dependency.Target);
                    AddGenericArguments(facts, dependency.TargetGenericArguments);
                }
            }
        }

        /// <summary>The ArchUnitNET type for a Cecil reference, or a <see cref="MissingType"/> ArchUnitNET never saw.</summary>
        public IType? Find(TypeReference reference)
        {
            var element = CecilNames.Unwrap(reference);
            if (element is Mono.Cecil.GenericParameter)
            {
                return null;
            }

            var raw = element.FullName.Replace('/', '+');
            if (byRawName.TryGetValue(raw, out var known))
            {
                return known;
            }

            var missing = new MissingType(raw, CecilNames.Namespace(element), element.Name, element.Scope is AssemblyNameReference scope ? scope.Name : element.Module?.Assembly?.Name.Name ?? string.Empty);
            byRawName[raw] = missing;
            return missing;
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

        private void AddGenericArguments(TypeFacts<IType> facts, IEnumerable<GenericArgument> arguments)
        {
            foreach (var argument in arguments)
            {
                Add(facts, argument.Type);
                AddGenericArguments(facts, argument.GenericArguments);
            }
        }
    }
}
