using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace TechLead.Conformance.Differential;

/// <summary>An ADR given to the analyzer as an additional file, read once (both runs see the same text).</summary>
internal sealed class TextFile(string path, string text) : AdditionalText
{
    private readonly SourceText source = SourceText.From(text);

    public override string Path => path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => source;
}
