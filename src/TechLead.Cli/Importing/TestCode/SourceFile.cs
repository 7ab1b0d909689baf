using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>One parsed C# file; <see cref="Problem"/> says why it could not be read or parsed cleanly.</summary>
internal sealed record SourceFile(string Path, SyntaxTree Tree, string? Problem)
{
    private const long MaxBytes = 1024 * 1024;

    public static SourceFile Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxBytes)
            {
                return new SourceFile(path, CSharpSyntaxTree.ParseText(string.Empty, path: path), "the file is larger than 1 MiB");
            }

            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(path), new CSharpParseOptions(LanguageVersion.Latest), path);
            var error = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            return new SourceFile(path, tree, error is null ? null : "the file does not parse: " + error.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceFile(path, CSharpSyntaxTree.ParseText(string.Empty, path: path), "the file cannot be read: " + e.Message);
        }
    }
}
