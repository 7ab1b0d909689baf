using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TechLead.Cli.Checking;
using TechLead.Fitness.Engines.Cecil;

namespace TechLead.Cli.Inferring;

/// <summary>
/// The declared difference infer's own cross-check can meet (docs/dependency-forms.md, "Declared differences"; rules/0039):
/// an attribute that only a generated part of a partial class declares (a schema tool's or an EF migration's
/// <c>.Designer.cs</c>). The analyzer skips generated files; IL does not say which part declared an attribute, so the IL
/// engines report it. Read from the compilations the analyzer read, with the IL engines' own test of a generated file.
/// </summary>
internal sealed class GeneratedPartAttributes
{
    /// <summary>Where the construct is documented, as the output and the ADR name it.</summary>
    public const string Documented = "docs/dependency-forms.md, \"Declared differences\"";

    private readonly Dictionary<(string Type, string Target), string> files = [];

    public static async Task<GeneratedPartAttributes> ReadAsync(LoadedSolution loaded, CancellationToken cancellationToken)
    {
        var read = new GeneratedPartAttributes();
        foreach (var project in loaded.Projects)
        {
            if (await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false) is not { } compilation)
            {
                continue;
            }

            foreach (var tree in compilation.SyntaxTrees.Where(t => t.FilePath.Length > 0 && GeneratedDocuments.IsGeneratedPath(t.FilePath)))
            {
                var model = compilation.GetSemanticModel(tree);
                var root = await tree.GetRootAsync(cancellationToken).ConfigureAwait(false);
                foreach (var declaration in root.DescendantNodes().OfType<TypeDeclarationSyntax>().Where(d => d.AttributeLists.Count > 0 && d.Modifiers.Any(SyntaxKind.PartialKeyword)))
                {
                    if (model.GetDeclaredSymbol(declaration, cancellationToken) is { } type && Name(type) is { } name)
                    {
                        read.Add(name, type, tree);
                    }
                }
            }
        }

        return read;
    }

    /// <summary>The construct, when <paramref name="type"/> -&gt; <paramref name="target"/> is only such an attribute; else null.</summary>
    public string? Describe(string type, string target) =>
        files.TryGetValue((type, target), out var file)
            ? $"an attribute only the generated part {file} of partial class {type} declares (the analyzer skips generated files, IL does not say which part declares an attribute)"
            : null;

    private void Add(string name, INamedTypeSymbol type, SyntaxTree tree)
    {
        foreach (var attribute in type.GetAttributes().Where(a => a.ApplicationSyntaxReference?.SyntaxTree == tree))
        {
            var targets = attribute.ConstructorArguments.Where(a => a.Kind == TypedConstantKind.Type).Select(a => a.Value as ITypeSymbol).Prepend(attribute.AttributeClass);
            foreach (var target in targets.Select(t => t is null ? null : Name(t)).OfType<string>())
            {
                files.TryAdd((name, target), Path.GetFileName(tree.FilePath));
            }
        }
    }

    /// <summary>The name the fitness engines' findings give a type (a documentation id without <c>T:</c>).</summary>
    private static string? Name(ITypeSymbol type) => ProposalVerifier.TypeName(type.OriginalDefinition.GetDocumentationCommentId());
}
