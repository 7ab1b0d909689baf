using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// One C# file, parsed or as its loaded project's compilation holds it; <see cref="Problem"/> says why it could not be
/// read or does not parse, <see cref="Reading"/> how names in it are resolved ("read with the semantic model of ...").
/// </summary>
internal sealed record ParsedSourceFile(string Path, SyntaxTree Tree, string? Problem, string Reading)
{
    public static ParsedSourceFile Read(string path, string reading)
    {
        if (!SourceFile.TryRead(path, out var text, out var error))
        {
            return new ParsedSourceFile(path, CSharpSyntaxTree.ParseText(string.Empty, path: path), error, reading);
        }

        return FromTree(path, CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path), reading);
    }

    public static ParsedSourceFile FromTree(string path, SyntaxTree tree, string reading)
    {
        var first = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        return new ParsedSourceFile(path, tree, first is null ? null : "the file does not parse: " + first.GetMessage(CultureInfo.InvariantCulture), reading);
    }
}
