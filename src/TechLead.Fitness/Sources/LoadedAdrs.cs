using System.Collections.Generic;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Model;

namespace TechLead.Fitness.Sources;

/// <summary>
/// What an <see cref="AdrSource"/> read: the validated ADR set, the baseline (empty when there is none),
/// problems with the baseline file, and where the repository root is (for help links).
/// </summary>
internal sealed record LoadedAdrs(
    AdrSet Set,
    Baseline Baseline,
    string? BaselinePath,
    bool BaselineMissing,
    IReadOnlyList<AdrDiagnostic> BaselineProblems,
    string? RepositoryRoot,
    string? Error);
