using System.Collections.Generic;
using System.Linq;

namespace TechLead.Cli.Inferring;

/// <summary>The layers top to bottom, and whether every layer uses only the next one (strict).</summary>
internal sealed class LayerPlan(IReadOnlyList<Layer> layers, bool strict)
{
    private readonly Dictionary<string, int> indexByType = layers
        .SelectMany((layer, index) => layer.Types.Select(type => (type, index)))
        .GroupBy(p => p.type, System.StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().index, System.StringComparer.Ordinal);

    public IReadOnlyList<Layer> Layers { get; } = layers;

    public bool Strict { get; } = strict;

    /// <summary>The index of the layer a type belongs to; -1 outside every layer.</summary>
    public int IndexOf(string type) => indexByType.TryGetValue(type, out var index) ? index : -1;
}
