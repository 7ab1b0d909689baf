using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// A type declared in a C# file of the repository, as the syntax reading finds it. <see cref="OutsideRoot"/>: declared
/// outside the imported folder, so a test sees it only through a <c>using</c>, its namespace or a qualified name.
/// </summary>
internal sealed record DeclaredType(string FullName, string FilePath, BaseTypeDeclarationSyntax Declaration)
{
    public bool OutsideRoot { get; init; }

    /// <summary>The class <c>Program</c> that top-level statements compile into: seen only by projects that reference its project.</summary>
    public bool ImplicitProgram { get; init; }
}
