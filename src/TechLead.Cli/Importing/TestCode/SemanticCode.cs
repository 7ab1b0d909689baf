using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The test projects an import could load, and how each architecture test file is read: with the semantic model of
/// its project (the file's syntax tree as the compilation holds it) or from its syntax only, with the reason. Holds
/// the compilations of the loaded projects and of the projects they reference, so a name bound in a test can be
/// followed to its declaration in another project. Knows nothing of MSBuild: <see cref="TestProjectLoader"/> fills it.
/// </summary>
internal sealed class SemanticCode : IDisposable
{
    public const string SyntaxOnlyReading = "read from its syntax only";

    private readonly Dictionary<string, SyntaxTree> treesByPath = new(StringComparer.Ordinal);
    private readonly Dictionary<SyntaxTree, Compilation> compilations = [];
    private readonly Dictionary<SyntaxTree, SemanticModel> models = [];
    private readonly Dictionary<string, string> readings = new(StringComparer.Ordinal);
    private readonly List<string> report = [];
    private readonly List<IDisposable> owned = [];

    /// <summary>One line per test project (or file without one): how its architecture tests were read, for the console.</summary>
    public IReadOnlyList<string> Report => report;

    /// <summary>Every file read from its syntax only, for the same <paramref name="reason"/> (<c>--syntax-only</c>).</summary>
    public static SemanticCode SyntaxOnly(string reason, string? reportLine)
    {
        var code = new SemanticCode { DefaultReading = SyntaxOnlyReading + ": " + reason };
        if (reportLine is not null)
        {
            code.report.Add(reportLine);
        }

        return code;
    }

    /// <summary>How a file nobody tried to load is read.</summary>
    public string DefaultReading { get; private init; } = SyntaxOnlyReading;

    public string ReadingOf(string path) => readings.TryGetValue(path, out var reading) ? reading : DefaultReading;

    /// <summary>The syntax tree of <paramref name="path"/> as its loaded project's compilation holds it, or null.</summary>
    public SyntaxTree? TreeOf(string path) => treesByPath.TryGetValue(path, out var tree) ? tree : null;

    /// <summary>The compilation that holds <paramref name="tree"/>, or null when the tree is not in a loaded project.</summary>
    public Compilation? CompilationOf(SyntaxTree tree) => compilations.TryGetValue(tree, out var compilation) ? compilation : null;

    /// <summary>The semantic model of <paramref name="tree"/>, asked for once per tree; null when the tree is not in a loaded project.</summary>
    public SemanticModel? ModelOf(SyntaxTree tree)
    {
        if (models.TryGetValue(tree, out var model))
        {
            return model;
        }

        if (CompilationOf(tree) is not { } compilation)
        {
            return null;
        }

        model = compilation.GetSemanticModel(tree);
        models[tree] = model;
        return model;
    }

    /// <summary>A test project that loaded: its own files are read with <paramref name="compilation"/>; <paramref name="all"/> are every project's compilations.</summary>
    public void AddLoaded(string reportLine, string reading, Compilation compilation, IEnumerable<Compilation> all, IEnumerable<string> testFiles)
    {
        foreach (var other in all)
        {
            foreach (var tree in other.SyntaxTrees)
            {
                compilations.TryAdd(tree, other);
            }
        }

        var ownTrees = new Dictionary<string, SyntaxTree>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            compilations[tree] = compilation;
            if (tree.FilePath is { Length: > 0 } path)
            {
                ownTrees.TryAdd(System.IO.Path.GetFullPath(path), tree);
            }
        }

        foreach (var file in testFiles)
        {
            if (ownTrees.TryGetValue(file, out var tree))
            {
                treesByPath[file] = tree;
                readings[file] = reading;
            }
            else
            {
                // Excluded from the project (Compile Remove, a condition): the compiler never sees it, so neither does the import.
                readings[file] = SyntaxOnlyReading + ": the project loaded but does not compile this file";
            }
        }

        report.Add(reportLine);
    }

    /// <summary>Test files that are read from their syntax only, and why (no project, it did not load, ...).</summary>
    public void AddSyntaxOnly(string reportLine, string reason, IEnumerable<string> testFiles)
    {
        foreach (var file in testFiles)
        {
            readings[file] = SyntaxOnlyReading + ": " + reason;
        }

        report.Add(reportLine);
    }

    /// <summary>Keeps what the compilations need (the workspace) alive until the import is done.</summary>
    public void Own(IDisposable resource) => owned.Add(resource);

    public void Dispose()
    {
        foreach (var resource in owned)
        {
            resource.Dispose();
        }

        owned.Clear();
    }
}
