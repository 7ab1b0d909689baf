using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>A type declared in a file under the import root, as the syntax reading finds it.</summary>
internal sealed record DeclaredType(string FullName, string FilePath, BaseTypeDeclarationSyntax Declaration);
