using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TechLead.Analyzers.Tests.CodeFixes;

/// <summary>
/// A code fix test whose diagnostics come from <see cref="ScriptedTechLeadAnalyzer"/> configured per test, compiled
/// against the installed SDK's reference assemblies (offline: nothing is downloaded).
/// </summary>
internal sealed class CodeFixTest<TFixer> : CSharpCodeFixTest<EmptyAnalyzer, TFixer, DefaultVerifier>
    where TFixer : CodeFixProvider, new()
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> SdkReferences = new(LoadSdkReferences);

    private readonly ScriptedTechLeadAnalyzer.Report[] _reports;

    public CodeFixTest(params ScriptedTechLeadAnalyzer.Report[] reports)
    {
        _reports = reports;
        ReferenceAssemblies = new ReferenceAssemblies("net10.0");
        TestState.AdditionalReferences.AddRange(SdkReferences.Value);
        FixedState.AdditionalReferences.AddRange(SdkReferences.Value);
    }

    public CodeFixTest<TFixer> WithGlobalConfig(string lines)
    {
        TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + lines));
        return this;
    }

    protected override IEnumerable<DiagnosticAnalyzer> GetDiagnosticAnalyzers() => [new ScriptedTechLeadAnalyzer(_reports)];

    private static ImmutableArray<MetadataReference> LoadSdkReferences()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packs = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var newest = Directory.GetDirectories(packs).OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version()).First();
        var refDirectory = Directory.GetDirectories(Path.Combine(newest, "ref")).First();
        return [.. Directory.GetFiles(refDirectory, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }
}

/// <summary>Placeholder for the generic analyzer slot; the scripted analyzer is supplied per test instead.</summary>
// Test-only: never loaded by a compiler, so the rules for shipped compiler extensions do not apply.
#pragma warning disable RS1036, RS1038, RS1041
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
internal sealed class EmptyAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
    }
}
#pragma warning restore RS1036, RS1038, RS1041
