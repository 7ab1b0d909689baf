using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TechLead.Fitness.Evaluation;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>Reads assemblies with Cecil (in memory: no file stays locked) and scans every user type once for the members it uses and the names it declares.</summary>
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

            if (ReferenceEquals(owner, type))
            {
                DeclaredNameCollector.Collect(type, scan.DeclaredNames);
                DeclaredMemberCollector.Collect(type, scan.DeclaredMembers);
            }

            foreach (var method in type.Methods)
            {
                if (method.HasBody)
                {
                    ScanBody(method.Body, scan);
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

    private static void ScanBody(MethodBody body, CecilTypeScan scan)
    {
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

                    break;
                case FieldReference field:
                    scan.MemberUses.Add(CecilNames.FieldId(field));
                    break;
            }
        }
    }
}
