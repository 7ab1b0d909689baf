using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TechLead.Fitness.Evaluation;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>Reads assemblies with Cecil (in memory: no file stays locked) and scans every user type once.</summary>
internal static class CecilScanner
{
    public static ModuleDefinition ReadModule(string path, IAssemblyResolver resolver) =>
        ModuleDefinition.ReadModule(path, new ReaderParameters { ReadingMode = ReadingMode.Deferred, InMemory = true, AssemblyResolver = resolver });

    /// <summary>Every user type of the module (nested ones too), keyed by full name, with its scan.</summary>
    public static Dictionary<string, CecilTypeScan> Scan(ModuleDefinition module)
    {
        var scans = new Dictionary<string, CecilTypeScan>(StringComparer.Ordinal);
        foreach (var type in module.GetTypes())
        {
            var owner = UserOwner(type);
            if (owner is null)
            {
                continue;
            }

            var key = CecilNames.FullName(owner);
            if (!scans.TryGetValue(key, out var scan))
            {
                scan = new CecilTypeScan(owner);
                scans.Add(key, scan);
            }

            var generated = !ReferenceEquals(owner, type);
            if (generated)
            {
                AddMemberTypes(type, scan.ExtraDependencies);
            }
            else
            {
                DeclaredNameCollector.Collect(type, scan.DeclaredNames);
                DeclaredMemberCollector.Collect(type, scan.DeclaredMembers);
            }

            foreach (var method in type.Methods)
            {
                if (method.HasBody)
                {
                    ScanBody(method.Body, scan, includeAllTypes: generated);
                }
            }
        }

        return scans;
    }

    /// <summary>The user type a type's code belongs to: itself, or the nearest non-generated declaring type; null for top-level generated types.</summary>
    public static TypeDefinition? UserOwner(TypeDefinition type)
    {
        var current = type;
        while (CecilNames.IsCompilerGeneratedType(current) || current.Name == "<Module>")
        {
            current = current.DeclaringType;
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static void AddMemberTypes(TypeDefinition generated, List<TypeReference> into)
    {
        foreach (var field in generated.Fields)
        {
            CecilReferences.AddComponents(field.FieldType, into);
        }

        foreach (var method in generated.Methods)
        {
            CecilReferences.AddComponents(method.ReturnType, into);
            foreach (var parameter in method.Parameters)
            {
                CecilReferences.AddComponents(parameter.ParameterType, into);
            }
        }
    }

    private static void ScanBody(MethodBody body, CecilTypeScan scan, bool includeAllTypes)
    {
        foreach (var handler in body.ExceptionHandlers)
        {
            // ArchUnitNET 0.13.5 does not report the type of a catch clause.
            CecilReferences.AddComponents(handler.CatchType, scan.ExtraDependencies);
        }

        if (includeAllTypes)
        {
            foreach (var variable in body.Variables)
            {
                CecilReferences.AddComponents(variable.VariableType, scan.ExtraDependencies);
            }
        }

        foreach (var instruction in body.Instructions)
        {
            switch (instruction.Operand)
            {
                case MethodReference method:
                    scan.MemberUses.Add(CecilNames.MethodId(method));
                    if (CecilNames.AccessorPropertyId(method) is { } accessorOf)
                    {
                        scan.MemberUses.Add(accessorOf);
                    }

                    if (includeAllTypes)
                    {
                        CecilReferences.AddSignature(method, scan.ExtraDependencies);
                    }

                    break;
                case FieldReference field:
                    scan.MemberUses.Add(CecilNames.FieldId(field));
                    if (includeAllTypes)
                    {
                        CecilReferences.AddComponents(field.DeclaringType, scan.ExtraDependencies);
                        CecilReferences.AddComponents(field.FieldType, scan.ExtraDependencies);
                    }

                    break;
                case TypeReference type when includeAllTypes:
                    CecilReferences.AddComponents(type, scan.ExtraDependencies);
                    break;
            }
        }
    }
}
