using System;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Which test library's importer reports a test class. A test project may import both NetArchTest and ArchUnitNET
/// (global usings of both): each of its classes then belongs to the library whose chains it contains, so a NetArchTest
/// class gets no empty ArchUnitNET decision and its tests are counted once. A class with chains of neither goes to the
/// library its file names in a <c>using</c> of its own, and to NetArchTest when that does not decide.
/// </summary>
internal static class TestLibraryOwnership
{
    // What an architecture test written without a library calls: reflection over types and assemblies, files on disk.
    private static readonly System.Collections.Generic.HashSet<string> ArchitectureCalls = new(StringComparer.Ordinal)
    {
        "GetTypes", "GetExportedTypes", "GetReferencedAssemblies", "IsAssignableFrom", "IsSubclassOf", "GetInterfaces", "GetFiles", "GetDirectories", "EnumerateFiles",
    };

    /// <summary>
    /// Whether the NetArchTest importer reads <paramref name="file"/>: it imports NetArchTest, or it imports neither library,
    /// checks types or files itself (reflection, files on disk) and another file of its test project imports NetArchTest,
    /// so its tests are accounted for with their blockers (rules/0067). A unit test beside the suite is not read.
    /// </summary>
    public static bool ImportsNetArchTest(TestCodeIndex index, ParsedSourceFile file) =>
        index.Imports(file, IsNetArchTest) || (ImportsNeither(index, file) && ProjectImports(index, file, IsNetArchTest));

    /// <summary>Whether the ArchUnitNET importer reads <paramref name="file"/>: as for NetArchTest, a project of both gives a file of neither to NetArchTest.</summary>
    public static bool ImportsArchUnitNet(TestCodeIndex index, ParsedSourceFile file) =>
        index.Imports(file, IsArchUnitNet) || (ImportsNeither(index, file) && ProjectImports(index, file, IsArchUnitNet) && !ProjectImports(index, file, IsNetArchTest));

    private static bool ImportsNeither(TestCodeIndex index, ParsedSourceFile file) =>
        !index.Imports(file, IsNetArchTest) && !index.Imports(file, IsArchUnitNet)
        && file.Tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>().Any(n => ArchitectureCalls.Contains(n.Identifier.ValueText));

    private static bool ProjectImports(TestCodeIndex index, ParsedSourceFile file, Func<string, bool> library) =>
        index.ProjectOf(file.Path) is { } project
        && index.Files.Any(other => other != file && index.ProjectOf(other.Path) == project && index.Imports(other, library));

    public static bool IsNetArchTestClass(TestCodeIndex index, ParsedSourceFile file, ClassDeclarationSyntax type)
    {
        if (!ImportsArchUnitNet(index, file) || NetArchTestImporter.Chains(type).Any())
        {
            return true;
        }

        return !ArchUnitNetImporter.Chains(type, index).Any() && !NamesOnlyArchUnitNet(file);
    }

    public static bool IsArchUnitNetClass(TestCodeIndex index, ParsedSourceFile file, ClassDeclarationSyntax type)
    {
        if (!ImportsNetArchTest(index, file) || ArchUnitNetImporter.Chains(type, index).Any())
        {
            return true;
        }

        return !NetArchTestImporter.Chains(type).Any() && NamesOnlyArchUnitNet(file);
    }

    private static bool NamesOnlyArchUnitNet(ParsedSourceFile file) =>
        TestCodeIndex.NamesItself(file, IsArchUnitNet) && !TestCodeIndex.NamesItself(file, IsNetArchTest);

    private static bool IsNetArchTest(string ns) => ns == "NetArchTest.Rules";

    private static bool IsArchUnitNet(string ns) => ns.StartsWith("ArchUnitNET", StringComparison.Ordinal);
}
