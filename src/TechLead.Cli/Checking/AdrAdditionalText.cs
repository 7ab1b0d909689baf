using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Cli.Checking;

/// <summary>An ADR handed to the analyzer as an AdditionalFile, from text the CLI already read (or rewrote, for impact).</summary>
internal sealed class AdrAdditionalText(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text, System.Text.Encoding.UTF8);

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
