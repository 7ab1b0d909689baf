using System;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechLead.Benchmarks.Differential;

/// <summary>
/// Explains an IL-only disagreement: every place in a type (and its compiler-generated nested types) whose IL mentions
/// a name. <c>-- il-uses path/App.dll Full.TypeName Target.Name</c>
/// </summary>
internal static class IlUses
{
    public static void Run(string assembly, string typeName, string target)
    {
        using var module = ModuleDefinition.ReadModule(assembly, new ReaderParameters { ReadSymbols = true, SymbolReaderProvider = new DefaultSymbolReaderProvider(false) });
        var type = module.GetTypes().FirstOrDefault(t => t.FullName.Replace('/', '.') == typeName) ?? throw new ArgumentException($"no type {typeName} in {assembly}");
        Show(type, target);
    }

    private static void Show(TypeDefinition type, string target)
    {
        foreach (var field in type.Fields.Where(f => f.FieldType.FullName.Contains(target, StringComparison.Ordinal)))
        {
            Console.WriteLine($"{type.Name} field {field.Name}: {field.FieldType.FullName}");
        }

        foreach (var method in type.Methods)
        {
            if (method.FullName.Contains(target, StringComparison.Ordinal))
            {
                Console.WriteLine($"{type.Name} signature {method.FullName}");
            }

            if (!method.HasBody)
            {
                continue;
            }

            foreach (var variable in method.Body.Variables.Where(v => v.VariableType.FullName.Contains(target, StringComparison.Ordinal)))
            {
                var named = method.DebugInformation.TryGetName(variable, out var name) ? name : "(unnamed)";
                Console.WriteLine($"{type.Name}::{method.Name} local {variable.Index} {named}: {variable.VariableType.FullName}");
            }

            foreach (var instruction in method.Body.Instructions.Where(i => i.Operand?.ToString()?.Contains(target, StringComparison.Ordinal) == true))
            {
                Console.WriteLine($"{type.Name}::{method.Name} {instruction.OpCode} {instruction.Operand}");
            }
        }

        foreach (var nested in type.NestedTypes.Where(n => n.Name.Contains('<', StringComparison.Ordinal)))
        {
            Show(nested, target);
        }
    }
}
