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
    public static bool ImportsNetArchTest(TestCodeIndex index, ParsedSourceFile file) => index.Imports(file, IsNetArchTest);

    public static bool ImportsArchUnitNet(TestCodeIndex index, ParsedSourceFile file) => index.Imports(file, IsArchUnitNet);

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
