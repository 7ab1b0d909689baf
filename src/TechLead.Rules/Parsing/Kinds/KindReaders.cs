using System.Collections.Generic;
using TechLead.Rules.Model;

namespace TechLead.Rules.Parsing.Kinds;

/// <summary>Every rule kind's reader, registered once: adding a kind is adding its reader here (and its name to <see cref="RuleKinds"/>).</summary>
internal static class KindReaders
{
    private static readonly Dictionary<RuleKind, KindReader> ByKind = Index(
        new LayersReader(),
        new ForbidReader(),
        new AllowOnlyReader(),
        new IndependentReader(),
        new AcyclicReader(),
        new BannedApiReader(),
        new NamingReader(),
        new InheritanceReader(RuleKind.MustInherit),
        new InheritanceReader(RuleKind.MustImplement),
        new AttributesReader(),
        new ModifiersReader(),
        new PlacementReader(),
        new VocabularyReader());

    public static KindReader For(RuleKind kind) => ByKind[kind];

    private static Dictionary<RuleKind, KindReader> Index(params KindReader[] readers)
    {
        var byKind = new Dictionary<RuleKind, KindReader>();
        foreach (var reader in readers)
        {
            byKind.Add(reader.Kind, reader);
        }

        return byKind;
    }
}
