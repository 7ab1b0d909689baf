using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Engines.Cecil;

namespace TechLead.Benchmarks.Differential;

/// <summary>
/// What the compiled assemblies say about the declared differences of docs/dependency-forms.md that only IL can confirm:
/// a call a source generator intercepts (the IL calls the generated interceptor, which records the written call's file
/// and position), a collection expression's spread compiled to <c>Enumerable.ToList</c>/<c>ToArray</c> (the source text
/// at the call's sequence point writes <c>[..</c>), and attribute classes marked <c>[Conditional]</c> (not emitted).
/// </summary>
internal static partial class IlOnlyFacts
{
    private static readonly List<(string Type, string File, int? Line, int Position)> InterceptedCalls = [];
    private static readonly HashSet<(string Type, string Target)> SpreadCalls = [];
    private static readonly HashSet<(string Type, string Target)> DefaultLiterals = [];
    private static readonly Dictionary<string, bool> ConditionalByName = new(StringComparer.Ordinal);
    private static List<string> searchDirectories = [];

    public static void Load(IReadOnlyList<string> assemblies)
    {
        searchDirectories = [.. CecilResolver.Create(AssemblySet.FromPaths(assemblies)).GetSearchDirectories()];
        foreach (var path in assemblies)
        {
            try
            {
                using var module = ModuleDefinition.ReadModule(path, new ReaderParameters { ReadSymbols = true, SymbolReaderProvider = new DefaultSymbolReaderProvider(false) });
                foreach (var type in module.Types)
                {
                    Read(type, CecilNames.IsTopLevelProgram(type) ? "Program" : Name(type));
                }
            }
#pragma warning disable CA1031 // an assembly that does not read is named by the engines
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }
    }

    /// <summary>The analyzer's finding at <paramref name="file"/>:<paramref name="line"/> is a call IL sends to a generated interceptor.</summary>
    public static bool IsInterceptedCall(string type, string? file, int line) =>
        file is not null && InterceptedCalls.Any(c => (c.Type == type || (c.Type == "Program" && type.EndsWith(".Program", StringComparison.Ordinal)))
            && c.File == Path.GetFileName(file) && (c.Line ?? LineOf(c.File, c.Position)) == line);

    /// <summary><paramref name="type"/>'s IL calls <paramref name="target"/>'s <c>ToList</c>/<c>ToArray</c> where its source writes a spread (<c>[.. items]</c>).</summary>
    public static bool IsSpreadLowering(string type, string target) =>
        SpreadCalls.Contains((type, target)) || (type.EndsWith(".Program", StringComparison.Ordinal) && SpreadCalls.Contains(("Program", target)));

    /// <summary><paramref name="type"/>'s IL creates a <paramref name="target"/> struct (<c>initobj</c>) where its source writes only <c>default</c> (an argument).</summary>
    public static bool IsDefaultLiteral(string type, string target) =>
        DefaultLiterals.Contains((type, target)) || (type.EndsWith(".Program", StringComparison.Ordinal) && DefaultLiterals.Contains(("Program", target)));

    /// <summary>An attribute class marked <c>[Conditional]</c>, found in the build output, its packages or the shared frameworks.</summary>
    public static bool IsConditionalAttribute(string fullName)
    {
        if (ConditionalByName.TryGetValue(fullName, out var known))
        {
            return known;
        }

        var conditional = false;
        foreach (var file in searchDirectories.Where(Directory.Exists).SelectMany(d => Directory.EnumerateFiles(d, "*.dll")))
        {
            try
            {
                using var module = ModuleDefinition.ReadModule(file);
                if (module.GetType(fullName) is { } type)
                {
                    conditional = type.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Diagnostics.ConditionalAttribute");
                    break;
                }
            }
#pragma warning disable CA1031 // native or damaged files in an output folder
            catch (Exception)
#pragma warning restore CA1031
            {
            }
        }

        ConditionalByName[fullName] = conditional;
        return conditional;
    }

    private static void Read(TypeDefinition type, string userType)
    {
        foreach (var method in type.Methods.Where(m => m.HasBody))
        {
            foreach (var point in method.DebugInformation?.SequencePoints ?? [])
            {
                DocumentsByFileName.TryAdd(Path.GetFileName(point.Document.Url), point.Document.Url);
            }

            foreach (var instruction in method.Body.Instructions)
            {
                if (instruction.OpCode.Code == Code.Initobj && instruction.Operand is TypeReference created && WritesOnlyDefault(method, instruction, created))
                {
                    DefaultLiterals.Add((userType, created.FullName));
                }

                if (instruction.Operand is not MethodReference called)
                {
                    continue;
                }

                if (called.Name is "ToList" or "ToArray" && WritesSpread(method, instruction))
                {
                    SpreadCalls.Add((userType, called.DeclaringType.FullName));
                }

                // An interceptor is generated into the same module (Cecil hands out its definition), its attribute often file-local (a mangled name).
                var definition = called as MethodDefinition ?? (called as GenericInstanceMethod)?.ElementMethod as MethodDefinition;
                foreach (var attribute in definition?.CustomAttributes.Where(a => a.AttributeType.Name.EndsWith("InterceptsLocationAttribute", StringComparison.Ordinal)) ?? [])
                {
                    if (Location(attribute) is { } location)
                    {
                        InterceptedCalls.Add((userType, location.File, location.Line, location.Position));
                    }
                }
            }
        }

        foreach (var nested in type.NestedTypes)
        {
            Read(nested, CecilNames.IsCompilerGeneratedType(nested) ? userType : Name(nested));
        }
    }

    /// <summary>The file name and line of an interceptor's target: <c>(path, line, column)</c> (version 1) or <c>(1, data)</c>, data = checksum, position, file name.</summary>
    private static (string File, int? Line, int Position)? Location(CustomAttribute attribute)
    {
        var arguments = attribute.ConstructorArguments;
        if (arguments.Count == 3 && arguments[0].Value is string path && arguments[1].Value is int line)
        {
            return (Path.GetFileName(path), line, 0);
        }

        if (arguments.Count != 2 || arguments[1].Value is not string data)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data);
        }
        catch (FormatException)
        {
            return null;
        }

        if (bytes.Length < 21)
        {
            return null;
        }

        var position = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(16, 4));
        // The data names the file only; the line is where the position falls in the file the PDB has under that name.
        return (Encoding.UTF8.GetString(bytes, 20, bytes.Length - 20), null, position);
    }

    private static readonly Dictionary<string, string> DocumentsByFileName = new(StringComparer.Ordinal);
    private static readonly Dictionary<string, string?> SourceByPath = new(StringComparer.Ordinal);

    private static int? LineOf(string fileName, int position)
    {
        if (!DocumentsByFileName.TryGetValue(fileName, out var path) || Source(path) is not { } text)
        {
            return null;
        }

        var line = 1;
        for (var i = 0; i < Math.Min(position, text.Length); i++)
        {
            if (text[i] == '\n')
            {
                line++;
            }
        }

        return line;
    }

    private static bool WritesOnlyDefault(MethodDefinition method, Instruction instruction, TypeReference created)
    {
        var text = StatementText(method, instruction);
        var name = created.Name.Split('`')[0];
        return text is not null && DefaultLiteral().IsMatch(text) && !text.Contains(name, StringComparison.Ordinal);
    }

    private static string? StatementText(MethodDefinition method, Instruction instruction)
    {
        for (var current = instruction; current is not null; current = current.Previous)
        {
            if (method.DebugInformation?.GetSequencePoint(current) is { IsHidden: false } point)
            {
                return SourceText(point);
            }
        }

        return null;
    }

    private static bool WritesSpread(MethodDefinition method, Instruction instruction)
    {
        for (var current = instruction; current is not null; current = current.Previous)
        {
            if (method.DebugInformation?.GetSequencePoint(current) is { IsHidden: false } point)
            {
                var text = SourceText(point);
                return text is not null && Spread().IsMatch(text) && !text.Contains("." + ((MethodReference)instruction.Operand).Name + "(", StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static string? Source(string path)
    {
        if (!SourceByPath.TryGetValue(path, out var text))
        {
            text = File.Exists(path) ? File.ReadAllText(path) : null;
            SourceByPath[path] = text;
        }

        return text;
    }

    private static string? SourceText(SequencePoint point)
    {
        if (Source(point.Document.Url) is not { } text)
        {
            return null;
        }

        var lines = text.Split('\n');
        return point.StartLine >= 1 && point.EndLine <= lines.Length ? string.Join("\n", lines[(point.StartLine - 1)..point.EndLine]) : null;
    }

    private static string Name(TypeDefinition type) => type.FullName.Replace('/', '.');

    [GeneratedRegex(@"\bdefault\b(?!\s*\()")]
    private static partial Regex DefaultLiteral();

    [GeneratedRegex(@"\[\s*\.\.")]
    private static partial Regex Spread();
}
