using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// The C# files of an import scope, parsed once (the trees of loaded test projects as their compilations hold them),
/// with what the syntax reading looks up in them: declared types by name, the project (assembly) of each file, and fields.
/// </summary>
internal sealed class TestCodeIndex
{
    // Both test-code importers read the same scope: parse it once.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ImportScope, TestCodeIndex> Built = new();

    private readonly Dictionary<string, List<DeclaredType>> typesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VariableDeclaratorSyntax>> fieldsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<SyntaxNode>> membersByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MethodDeclarationSyntax>> methodsByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> assemblyByProject = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> projectsByDirectory = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<string>>? globalUsingsByProject;
    private IValueResolution? resolution;

    private TestCodeIndex(ImportScope scope, IReadOnlyList<ParsedSourceFile> files, IReadOnlyList<SyntaxTree> repositoryTrees)
    {
        Scope = scope;
        Root = scope.Root;
        Files = files;

        // Types declared elsewhere in the repository (the production code a test names with typeof(X)) are found too;
        // fields and properties only under the root, so a member name shared by many projects stays unambiguous.
        foreach (var tree in repositoryTrees)
        {
            foreach (var declaration in tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                Add(typesByName, declaration.Identifier.ValueText, new DeclaredType(FullNameOf(declaration), tree.FilePath, declaration) { OutsideRoot = true });
            }

            AddImplicitProgram(tree, outsideRoot: true);
        }

        foreach (var file in files)
        {
            foreach (var declaration in file.Tree.GetRoot().DescendantNodes().OfType<BaseTypeDeclarationSyntax>())
            {
                var type = new DeclaredType(FullNameOf(declaration), file.Path, declaration);
                Add(typesByName, declaration.Identifier.ValueText, type);
            }

            AddImplicitProgram(file.Tree, outsideRoot: false);

            foreach (var field in file.Tree.GetRoot().DescendantNodes().OfType<FieldDeclarationSyntax>())
            {
                foreach (var variable in field.Declaration.Variables)
                {
                    Add(fieldsByName, variable.Identifier.ValueText, variable);
                    Add(membersByName, variable.Identifier.ValueText, (SyntaxNode)variable);
                }
            }

            foreach (var method in file.Tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>())
            {
                Add(methodsByName, method.Identifier.ValueText, method);
            }

            foreach (var property in file.Tree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>())
            {
                Add(membersByName, property.Identifier.ValueText, (SyntaxNode)property);
            }
        }
    }

    // Top-level statements compile into a class Program in the global namespace of the file's project (typeof(Program)
    // in a WebApplicationFactory test); unless the file declares that class itself (partial class Program;), it has no syntax.
    private void AddImplicitProgram(SyntaxTree tree, bool outsideRoot)
    {
        if (tree.GetRoot() is CompilationUnitSyntax unit && unit.Members.OfType<GlobalStatementSyntax>().Any()
            && !unit.Members.OfType<ClassDeclarationSyntax>().Any(c => c.Identifier.ValueText == "Program"))
        {
            Add(typesByName, "Program", new DeclaredType("Program", tree.FilePath, SyntaxFactory.ClassDeclaration("Program")) { OutsideRoot = outsideRoot, ImplicitProgram = true });
        }
    }

    /// <summary>Whether the project of <paramref name="fromFile"/> is, or references (directly or not), the project of <paramref name="declaredIn"/>.</summary>
    public bool ProjectSees(string fromFile, string declaredIn)
    {
        if (ProjectOf(fromFile) is not { } from || ProjectOf(declaredIn) is not { } target)
        {
            return false;
        }

        var pending = new Stack<string>([Path.GetFullPath(from)]);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var path = pending.Pop();
            if (string.Equals(path, Path.GetFullPath(target), StringComparison.Ordinal))
            {
                return true;
            }

            if (!seen.Add(path) || ProjectFile.Load(path) is not { } document)
            {
                continue;
            }

            foreach (var include in document.Descendants().Where(e => e.Name.LocalName == "ProjectReference").Select(e => e.Attribute("Include")?.Value.Trim()).OfType<string>())
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, include.Replace('\\', '/'))));
            }
        }

        return false;
    }

    public ImportScope Scope { get; }

    public string Root { get; }

    public IReadOnlyList<ParsedSourceFile> Files { get; }

    /// <summary>What names stand for: the semantic model where the file's project loaded, else syntax (created once).</summary>
    public IValueResolution Resolution => resolution ??= Semantic is { } semantic ? new SemanticResolution(semantic, new SyntaxResolution(this)) : new SyntaxResolution(this);

    /// <summary>The loaded test projects, when the import loaded any: files in them are read with their semantic model.</summary>
    public SemanticCode? Semantic => Scope.Semantic;

    /// <summary>Parses the <c>.cs</c> files of <paramref name="scope"/>; a file that cannot be read or is too large is kept with its problem.</summary>
    public static TestCodeIndex For(ImportScope scope) => Built.GetValue(scope, Build);

    private static TestCodeIndex Build(ImportScope scope)
    {
        var files = new List<ParsedSourceFile>();
        foreach (var path in scope.Files.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase)).OrderBy(f => f, StringComparer.Ordinal))
        {
            var reading = scope.Semantic?.ReadingOf(path) ?? SemanticCode.SyntaxOnlyReading;
            files.Add(scope.Semantic?.TreeOf(path) is { } tree ? ParsedSourceFile.FromTree(path, tree, reading) : ParsedSourceFile.Read(path, reading));
        }

        return new TestCodeIndex(scope, files, RepositoryTrees(scope));
    }

    // The C# files of the repository outside the import root (none when the root is not inside a repository).
    private static List<SyntaxTree> RepositoryTrees(ImportScope scope)
    {
        var trees = new List<SyntaxTree>();
        if (scope.DisplayRoot is not { } repository || string.Equals(Path.GetFullPath(repository), Path.GetFullPath(scope.Root), StringComparison.Ordinal))
        {
            return trees;
        }

        var inScope = scope.Files.ToHashSet(StringComparer.Ordinal);
        foreach (var path in ImportScopeCollector.Collect(repository, repository).Files.Where(f => f.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) && !inScope.Contains(f)))
        {
            if (SourceFile.TryRead(path, out var text, out _))
            {
                trees.Add(CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path));
            }
        }

        return trees;
    }

    /// <summary><c>path:line</c> relative to the import root, with <c>/</c> separators.</summary>
    public string Location(SyntaxNode node) => Location(node.GetLocation());

    public string Location(SyntaxToken token) => Location(token.GetLocation());

    private string Location(Microsoft.CodeAnalysis.Location location)
    {
        var span = location.GetLineSpan();
        return RelativePath(span.Path) + ":" + (span.StartLinePosition.Line + 1);
    }

    public string RelativePath(string path) => Scope.Display(path);

    /// <summary>Types declared in the repository (else under the root) whose simple name is <paramref name="name"/> with <paramref name="arity"/> type parameters.</summary>
    public IReadOnlyList<DeclaredType> TypesNamed(string name, int arity) =>
        typesByName.TryGetValue(name, out var types) ? types.Where(t => Arity(t.Declaration) == arity).ToList() : [];

    /// <summary>Fields named <paramref name="name"/>, declared in <paramref name="typeName"/> (a simple name) when given.</summary>
    public IReadOnlyList<VariableDeclaratorSyntax> FieldsNamed(string name, string? typeName = null) =>
        fieldsByName.TryGetValue(name, out var fields)
            ? fields.Where(f => typeName is null || f.FirstAncestorOrSelf<BaseTypeDeclarationSyntax>()?.Identifier.ValueText == typeName).ToList()
            : [];

    /// <summary>Fields (their declarators) and properties named <paramref name="name"/>, anywhere under the root.</summary>
    public IReadOnlyList<SyntaxNode> MembersNamed(string name) => membersByName.TryGetValue(name, out var members) ? members : [];

    /// <summary>Methods named <paramref name="name"/> declared under the root (helpers and extension methods of the test code).</summary>
    public IReadOnlyList<MethodDeclarationSyntax> MethodsNamed(string name) => methodsByName.TryGetValue(name, out var methods) ? methods : [];

    /// <summary>The assembly a file compiles into: its project's (<c>AssemblyName</c>, else the file name); null when no project under the root has it.</summary>
    public string? AssemblyOf(string filePath)
    {
        if (ProjectOf(filePath) is not { } project)
        {
            return null;
        }

        if (!assemblyByProject.TryGetValue(project, out var assembly))
        {
            assembly = ProjectFile.KnownAssemblyName(project);
            assemblyByProject[project] = assembly;
        }

        return assembly;
    }

    /// <summary>
    /// Whether <paramref name="file"/> imports a namespace <paramref name="matches"/> accepts: by a <c>using</c> of its own,
    /// or by a global using of its project (<c>global using X;</c> in any of the project's files under the root, as
    /// GlobalUsings.cs keeps them, or a <c>&lt;Using Include="X" /&gt;</c> item in the project file).
    /// </summary>
    public bool Imports(ParsedSourceFile file, Func<string, bool> matches)
    {
        if (UsingsOf(file.Tree).Any(u => matches(u.Name)))
        {
            return true;
        }

        return ProjectOf(file.Path) is { } project && GlobalUsings().TryGetValue(project, out var global) && global.Any(matches);
    }

    /// <summary>Whether <paramref name="file"/> names a namespace <paramref name="matches"/> accepts in a <c>using</c> of its own (not a global one).</summary>
    public static bool NamesItself(ParsedSourceFile file, Func<string, bool> matches) =>
        UsingsOf(file.Tree).Any(u => !u.Global && matches(u.Name));

    /// <summary>The project file a file belongs to (<see cref="ProjectFile.Nearest"/> under the repository, else the import root); null when none.</summary>
    public string? ProjectOf(string filePath) => ProjectFile.Nearest(filePath, Scope.DisplayRoot ?? Root, projectsByDirectory);

    /// <summary>The namespaces the project of <paramref name="filePath"/> imports for all its files (global usings).</summary>
    public IReadOnlyCollection<string> GlobalUsingsOf(string filePath) =>
        ProjectOf(filePath) is { } project && GlobalUsings().TryGetValue(project, out var names) ? names : [];

    private static IEnumerable<(string Name, bool Global)> UsingsOf(SyntaxTree tree) =>
        tree.GetRoot().DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>()
            .Where(u => u.Name is not null)
            .Select(u => (u.Name!.ToString(), u.GlobalKeyword.RawKind != 0));

    private Dictionary<string, HashSet<string>> GlobalUsings()
    {
        if (globalUsingsByProject is not null)
        {
            return globalUsingsByProject;
        }

        globalUsingsByProject = new(StringComparer.Ordinal);
        foreach (var file in Files)
        {
            if (ProjectOf(file.Path) is not { } project)
            {
                continue;
            }

            if (!globalUsingsByProject.TryGetValue(project, out var names))
            {
                names = new HashSet<string>(StringComparer.Ordinal);
                var items = ProjectFile.Load(project)?.Descendants().Where(e => e.Name.LocalName == "Using" && e.Attribute("Alias") is null && e.Attribute("Static") is null);
                foreach (var item in items ?? [])
                {
                    if (item.Attribute("Include")?.Value.Trim() is { Length: > 0 } include)
                    {
                        names.Add(include);
                    }
                }

                globalUsingsByProject[project] = names;
            }

            names.UnionWith(UsingsOf(file.Tree).Where(u => u.Global).Select(u => u.Name));
        }

        return globalUsingsByProject;
    }

    /// <summary><c>Shop.Domain.Order</c>, nested types joined by <c>.</c>, generic arity as in metadata (<c>Repo`1</c>).</summary>
    public static string FullNameOf(BaseTypeDeclarationSyntax declaration)
    {
        var parts = new List<string>();
        for (SyntaxNode? node = declaration; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case BaseTypeDeclarationSyntax type:
                    var arity = Arity(type);
                    parts.Add(arity == 0 ? type.Identifier.ValueText : type.Identifier.ValueText + "`" + arity);
                    break;
                case BaseNamespaceDeclarationSyntax ns:
                    parts.Add(ns.Name.ToString());
                    break;
            }
        }

        parts.Reverse();
        return string.Join(".", parts);
    }

    public static int Arity(BaseTypeDeclarationSyntax type) => type is TypeDeclarationSyntax { TypeParameterList: { } list } ? list.Parameters.Count : 0;

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
