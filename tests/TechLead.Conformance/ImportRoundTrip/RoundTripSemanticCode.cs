using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TechLead.Cli.Importing.TestCode;
using TechLead.Conformance.Infrastructure;

namespace TechLead.Conformance.ImportRoundTrip;

/// <summary>
/// The round trip's architecture tests as <c>techlead import</c> reads them when their project loads: the test files as
/// written, compiled against the code base's projects (as compilation references, the way MSBuildWorkspace hands
/// project references over) and the test libraries. Every rule of the round trip is imported with the semantic model.
/// </summary>
internal static class RoundTripSemanticCode
{
    public static SemanticCode Of(RoundTripProjects projects, string testsFolder)
    {
        var files = Directory.GetFiles(Path.Combine(projects.Root, "tests", testsFolder), "*.cs").Select(Path.GetFullPath).OrderBy(p => p, StringComparer.Ordinal).ToList();
        var parseOptions = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), parseOptions, f));
        var compilation = CorpusCompilation.Create([], testsFolder)
            .AddSyntaxTrees(trees)
            .AddReferences(projects.Compilations.Select(c => c.ToMetadataReference()))
            .AddReferences(OriginalArchitectureTests.Libraries);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"{testsFolder} does not compile:\n  " + string.Join("\n  ", errors));
        }

        var code = new SemanticCode();
        code.AddLoaded($"read {testsFolder} with the semantic model", $"read with the semantic model of `{testsFolder}`", compilation, [.. projects.Compilations, compilation], files);
        return code;
    }
}
