using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using TechLead.Cli.Tests.Support;
using Xunit;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// A base class from a referenced assembly outside the solution (a package's <c>AbstractValidator&lt;T&gt;</c>): ArchUnitNET
/// resolves it only beside the assembly it loads, so infer links references beside what it emits, as bin/ holds them.
/// Without that, <c>must-inherit</c> held in the analyzer and NetArchTest and failed in ArchUnitNET alone.
/// </summary>
public sealed class InferPackageBaseClassTests
{
    private const string Library = """
        namespace Acme.Validation
        {
            public abstract class AbstractValidator<T>
            {
                public bool Validate(T instance) => instance is not null;
            }
        }
        """;

    [Fact]
    public void Classes_inheriting_a_generic_base_class_of_a_referenced_assembly_get_must_inherit_and_no_engine_disagrees()
    {
        using var repo = new TempRepo();
        CompileLibrary(Path.Combine(repo.Root, "lib", "Acme.Validation.dll"));
        repo.Write("Billing.slnx", "<Solution>\n  <Project Path=\"src/Billing/Billing.csproj\" />\n</Solution>\n");
        repo.Write("src/Billing/Billing.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <RootNamespace>Harbor.Billing</RootNamespace>
              </PropertyGroup>
              <ItemGroup>
                <Reference Include="Acme.Validation">
                  <HintPath>../../lib/Acme.Validation.dll</HintPath>
                </Reference>
              </ItemGroup>
            </Project>
            """ + "\n");
        foreach (var name in new[] { "CreateInvoice", "CancelInvoice", "RefundPayment", "CapturePayment" })
        {
            repo.Write($"src/Billing/Commands/{name}.cs", $$"""
                namespace Harbor.Billing.Commands;

                public sealed record {{name}}(string Reference);

                public sealed class {{name}}Validator : Acme.Validation.AbstractValidator<{{name}}>
                {
                }
                """ + "\n");
        }

        var run = repo.Run("infer", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            "read 1 project(s), 8 types, all in namespace Harbor.Billing.Commands: no namespaces or projects to relate, so no structure rule; looked for names and shapes only",
            "created ADR-0001 (proposed) with 2 rule(s) that hold today: docs/adr/0001-keep-the-shape-billing-s-types-already-have.md",
            "  must-inherit   validator-classes-inherit-abstract-validator-1 (4 types)",
            "  modifiers      validator-classes-sealed-immutable (4 types)",
            "next: review it, 'techlead impact ADR-0001' to see it flags nothing, then set status: accepted",
        ],
        run.StdoutLines);
        var adr = Directory.GetFiles(Path.Combine(repo.Root, "docs", "adr"), "*.md").Single();
        Assert.Contains("type: Acme.Validation.AbstractValidator`1", File.ReadAllText(adr), StringComparison.Ordinal);
    }

    private static void CompileLibrary(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Against the SDK's reference pack, as a package is built: the project that uses it compiles against the same.
        var dotnetRoot = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        var systemRuntime = Directory.GetFiles(Path.Combine(dotnetRoot, "packs", "Microsoft.NETCore.App.Ref"), "System.Runtime.dll", SearchOption.AllDirectories)
            .Where(p => p.Contains(Path.DirectorySeparatorChar + "ref" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Last();
        var references = new[] { MetadataReference.CreateFromFile(systemRuntime) };
        var compilation = CSharpCompilation.Create(
            "Acme.Validation",
            [CSharpSyntaxTree.ParseText(Library)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var result = compilation.Emit(path);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
    }
}
