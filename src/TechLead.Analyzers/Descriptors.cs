using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using TechLead.Analyzers.Reporting;
using TechLead.Rules;

namespace TechLead.Analyzers;

/// <summary>
/// One descriptor per diagnostic ID. The message is always the full text the rule core produced
/// (<c>{0}</c>); the help link is the ADR's, so violations use a per-ADR copy (<see cref="WithHelpLink"/>).
/// </summary>
internal static class Descriptors
{
    private const string Message = "{0}";
    private const string CompilationEnd = "CompilationEnd";

    // Keyed by one string, not a tuple: a dictionary over a struct key is JIT-compiled in every compiler process, while
    // the string-keyed one is shared code the runtime already has precompiled (rules/0038).
    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> PerAdr = new(StringComparer.Ordinal);

    /// <summary>One per <see cref="DiagnosticCatalog"/> entry, in its order: the rule kinds' IDs, then TL9xxx.</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } = [.. DiagnosticCatalog.All.Select(Create)];

    public static DiagnosticDescriptor AdrUnreadable { get; } = Find(DiagnosticIds.AdrUnreadable)!;

    public static DiagnosticDescriptor InvalidRule { get; } = Find(DiagnosticIds.InvalidRule)!;

    public static DiagnosticDescriptor NoAdrsFound { get; } = Find(DiagnosticIds.NoAdrsFound)!;

    /// <summary>The descriptor of an ID, or null when the ID is not TechLead's.</summary>
    public static DiagnosticDescriptor? Find(string id)
    {
        foreach (var descriptor in All)
        {
            if (descriptor.Id == id)
            {
                return descriptor;
            }
        }

        return null;
    }

    /// <summary>
    /// A copy with the ADR's help link (Roslyn has no per-diagnostic help link; IDEs show the
    /// descriptor's). Same ID, so <c>dotnet_diagnostic.TLxxxx.severity</c> and suppressions still apply,
    /// unless <paramref name="notConfigurable"/> pins the severity (<see cref="WellKnownDiagnosticTags.NotConfigurable"/>:
    /// the compiler then applies neither bulk options nor per-ID settings).
    /// </summary>
    public static DiagnosticDescriptor WithHelpLink(DiagnosticDescriptor descriptor, string helpLink, DiagnosticSeverity severity, bool notConfigurable = false)
    {
        var key = string.Concat(descriptor.Id, "\n", helpLink, "\n", ((int)severity).ToString(CultureInfo.InvariantCulture), notConfigurable ? "\n!" : "\n");
        return PerAdr.TryGetValue(key, out var copy) ? copy : PerAdr.GetOrAdd(key, Copy(descriptor, helpLink, severity, notConfigurable));
    }

    /// <summary>
    /// The tracked descriptor of a diagnostic. Its ID is not a literal here, so Roslyn's release tracking (RS2000 series)
    /// cannot see it: MetaTests compare AnalyzerReleases.*.md with <see cref="DiagnosticCatalog"/> instead.
    /// </summary>
    private static DiagnosticDescriptor Create(DiagnosticInfo info) =>
#pragma warning disable RS1017 // the ID is one of the DiagnosticIds constants, taken from the catalog
        new(info.Id, info.Title, Message, info.Category, ViolationReporter.ToDiagnosticSeverity(info.DefaultSeverity), isEnabledByDefault: true, info.Description, customTags: info.ReportedAtCompilationEnd ? [CompilationEnd] : []);
#pragma warning restore RS1017

    private static DiagnosticDescriptor Copy(DiagnosticDescriptor descriptor, string helpLink, DiagnosticSeverity severity, bool notConfigurable)
    {
        var tags = new System.Collections.Generic.List<string>(descriptor.CustomTags);
        if (notConfigurable)
        {
            tags.Add(WellKnownDiagnosticTags.NotConfigurable);
        }

#pragma warning disable RS1017 // a copy of a tracked descriptor: the ID is one of the constants above
        return new DiagnosticDescriptor(descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, severity, isEnabledByDefault: true, descriptor.Description, helpLink, tags.ToArray());
#pragma warning restore RS1017
    }
}
