using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Examples;

namespace TechLead.Fitness.Tests.Support;

/// <summary>Compiles a C# corpus in memory once per test run (by content) and hands out its assembly set.</summary>
internal static class Corpus
{
    private static readonly ConcurrentDictionary<string, Lazy<string>> Compiled = new(StringComparer.Ordinal);

    public static AssemblySet Of(string name, params string[] sources) => AssemblySet.FromPaths([PathOf(name, sources)]);

    public static string PathOf(string name, params string[] sources) => PathOf(name, sources, []);

    /// <summary>An executable (top-level statements need one), compiled once per test run by content.</summary>
    public static AssemblySet ExecutableOf(string name, params string[] sources) =>
        AssemblySet.FromPaths([PathOf(name, sources, [], OutputKind.ConsoleApplication)]);

    public static string PathOf(string name, string[] sources, string[] references, OutputKind outputKind = OutputKind.DynamicallyLinkedLibrary)
    {
        var key = name + "\0" + outputKind + "\0" + string.Join("\0", sources) + "\0" + string.Join("\0", references);
        return Compiled.GetOrAdd(key, _ => new Lazy<string>(() =>
        {
            var result = SnippetCompiler.Compile(name, sources, references, outputKind);
            return result.AssemblyPath ?? throw new InvalidOperationException("corpus does not compile:\n" + string.Join("\n", result.Errors));
        })).Value;
    }
}
