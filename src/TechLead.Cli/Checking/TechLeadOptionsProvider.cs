using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TechLead.Cli.Checking;

/// <summary>
/// The project's own analyzer config (its .editorconfig files and global options) plus the
/// <c>build_property.TechLead*</c> values the package props would pass in a real build.
/// </summary>
internal sealed class TechLeadOptionsProvider(AnalyzerConfigOptionsProvider inner, IReadOnlyDictionary<string, string> overrides) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Layered(inner.GlobalOptions, overrides);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => inner.GetOptions(tree);

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => inner.GetOptions(textFile);

    private sealed class Layered(AnalyzerConfigOptions inner, IReadOnlyDictionary<string, string> overrides) : AnalyzerConfigOptions
    {
        public override IEnumerable<string> Keys
        {
            get
            {
                var keys = new HashSet<string>(inner.Keys, KeyComparer);
                keys.UnionWith(overrides.Keys);
                return keys;
            }
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (overrides.TryGetValue(key, out var own))
            {
                value = own;
                return true;
            }

            return inner.TryGetValue(key, out value);
        }
    }
}
