using System;
using System.Reflection;
using TechLead.Fitness.Cases;
using TechLead.Fitness.Engines;
using TechLead.Fitness.Xunit;
using TechLead.Rules.Baselines;

namespace TechLead.Fitness;

/// <summary>
/// Derive once per test project to run every ADR rule against compiled assemblies (docs/fitness.md):
/// <code>
/// public sealed class ArchitectureTests : AdrFitnessTests
/// {
///     public ArchitectureTests() : base(AdrSource.FromDirectory("../../docs/adr"), typeof(Shop.Domain.Order).Assembly) { }
/// }
/// </code>
/// xunit then lists <c>ADR validation</c>, one case per accepted rule (<c>ADR-0007/domain-no-infra</c>), and
/// <c>ADR-0007/domain-no-infra (examples)</c> for rules with examples. Proposed rules are skipped with
/// "proposed: not enforced yet"; deprecated, rejected and superseded ones are absent.
/// Options are set in the derived constructor: <see cref="Engine"/>, <see cref="Strict"/>, <see cref="AdrBaseUrl"/>, <see cref="RepositoryRoot"/>.
/// </summary>
public abstract class AdrFitnessTests
{
    private readonly Lazy<AssemblySet> assemblies;

    protected AdrFitnessTests(AdrSource adrs, params Assembly[] assembliesUnderTest)
    {
        ArgumentNullException.ThrowIfNull(adrs);
        ArgumentNullException.ThrowIfNull(assembliesUnderTest);
        if (assembliesUnderTest.Length == 0)
        {
            throw new ArgumentException("pass at least one assembly to check, e.g. typeof(Shop.Domain.Order).Assembly", nameof(assembliesUnderTest));
        }

        Source = adrs;
        assemblies = new Lazy<AssemblySet>(() => AssemblySet.FromAssemblies(assembliesUnderTest));
    }

    /// <summary>For tests and tools that check assemblies by path (compiled in memory, never loaded).</summary>
    private protected AdrFitnessTests(AdrSource adrs, AssemblySet assembliesUnderTest)
    {
        Source = adrs;
        assemblies = new Lazy<AssemblySet>(() => assembliesUnderTest);
    }

    /// <summary>The library that checks the rules; default <see cref="FitnessEngine.ArchUnitNet"/> (every kind).</summary>
    protected FitnessEngine Engine { get; set; } = FitnessEngine.ArchUnitNet;

    /// <summary>CI mode: stale baseline entries (TL9004) and a missing baseline file fail instead of warning.</summary>
    protected bool Strict { get; set; }

    /// <summary>Like <c>TechLeadAdrBaseUrl</c>: links become this + the ADR's path relative to <see cref="RepositoryRoot"/> + <c>#rule-id</c>.</summary>
    protected string? AdrBaseUrl { get; set; }

    /// <summary>The folder that holds <c>docs/</c>; by default found from the ADR directory.</summary>
    protected string? RepositoryRoot { get; set; }

    internal AdrSource Source { get; }

    internal AssemblySet Assemblies => assemblies.Value;

    internal FitnessEngine EngineKind => Engine;

    internal bool StrictBaseline => Strict;

    internal string? AdrBaseUrlOption => AdrBaseUrl;

    internal string? RepositoryRootOption => RepositoryRoot;

    /// <summary>The date baseline expiries are compared with (<c>yyyy-MM-dd</c>).</summary>
    internal string Today { get; set; } = BaselineDate.Of(DateTimeOffset.UtcNow);

    /// <summary>One case per rule; the argument is the case name xunit shows.</summary>
    [AdrRuleCases]
    public void Rule(string fitnessCase) => FitnessCaseRunner.Run(this, fitnessCase);
}
