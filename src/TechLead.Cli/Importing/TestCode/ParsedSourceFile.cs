using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>One C# file parsed (syntax only); <see cref="Problem"/> says why it could not be read or does not parse.</summary>
internal sealed record ParsedSourceFile(string Path, SyntaxTree Tree, string? Problem)
{
    public static ParsedSourceFile Read(string path)
    {
        if (!SourceFile.TryRead(path, out var text, out var error))
        {
            return new ParsedSourceFile(path, CSharpSyntaxTree.ParseText(string.Empty, path: path), error);
        }

        var tree = CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path);
        var first = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return new ParsedSourceFile(path, tree, first is null ? null : "the file does not parse: " + first.GetMessage(CultureInfo.InvariantCulture));
    }
}
