using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Adrs;
using TechLead.Cli.Baselines;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Ownership;
using TechLead.Rules;
using TechLead.Rules.Baselines;
using TechLead.Rules.Diagrams;
using TechLead.Rules.Model;

namespace TechLead.Cli.Checking;

/// <summary>
/// One check, engine-neutral: find the solution, the ADRs and the baseline; run the engine; then
/// apply the baseline (the CLI does it, not the analyzer, so baselined results can still be shown as
/// suppressed and counted for staleness) and add the ADR files' own problems.
/// </summary>
internal static class CheckSession
{
    public static async Task<CheckResult> RunAsync(CheckOptions options, ISolutionChecker engine, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var workspace = Workspace.ForSolution(options.Where);
        var target = workspace.Solution!;
        var adrs = AdrRepository.Load(workspace.RequireAdrDirectory());
        var (baseline, baselineExists, baselinePath) = LoadBaseline(options, workspace);
        var files = (options.RewriteAdr is null ? adrs.Files : adrs.Files.Select(options.RewriteAdr)).Concat(adrs.DiagramFiles).ToList();
        var request = new CheckRequest(target, files, adrs.RepositoryRoot, adrs.Directory, options.AdrBaseUrl, options.CollectNamespaceGraph) { Restore = !options.NoRestore, Verbose = options.Verbose };
        var output = await engine.RunAsync(request, progress, cancellationToken).ConfigureAwait(false);

        var ownership = CodeOwnership.Load(adrs.RepositoryRoot);
        var violations = output.Violations.Where(v => !v.IsFileProblem).Select(v => v with { CodeOwners = ownership.OwnersOf(v.Path) });
        var findings = ApplyBaseline(violations, baseline, Today());
        var fileProblems = FileProblems(adrs).ToList();
        findings.AddRange(fileProblems);
        findings.AddRange(AnalysisOnlyProblems(output.Violations, fileProblems, adrs));
        findings.AddRange(DiagramProblems(output.Diagrams, adrs));
        findings.AddRange(BaselineProblems(findings, baseline, baselineExists, baselinePath, options.Strict));
        findings.Sort(Finding.Compare);
        return new CheckResult(target, adrs, findings, output.Projects, baseline, output.Graph) { AdrBaseUrl = options.AdrBaseUrl, Ownership = ownership, Diagrams = output.Diagrams };
    }

    /// <summary>The date baseline expiry is judged by: the UTC date, as in the build (rules/0005).</summary>
    public static string Today() => BaselineDate.Of(DateTimeOffset.UtcNow);

    /// <summary>The baseline file: explicit (must exist) or the default beside docs/ (optional).</summary>
    public static (Baseline Baseline, bool Exists, string Path) LoadBaseline(CheckOptions options, Workspace workspace)
    {
        var path = workspace.BaselinePath;
        if (options.IgnoreBaseline)
        {
            return (Baseline.Empty, false, path);
        }

        if (File.Exists(path))
        {
            return (BaselineFile.Load(path), true, path);
        }

        return options.BaselinePath is not null
            ? throw new BadInputException($"baseline '{options.BaselinePath}' does not exist; create it with 'techlead baseline create'")
            : (Baseline.Empty, false, path);
    }

    /// <summary>Counts violations per baseline key: what a baseline would freeze, and what staleness compares against.</summary>
    public static Dictionary<BaselineKey, int> CountByKey(IEnumerable<Finding> violations) => BaselineRatchet.CountByKey(violations, KeyOf);

    public static BaselineKey? KeyOf(Finding finding) =>
        finding is { IsFileProblem: false, Adr: { } adr, Rule: { } rule, From: { } from }
            ? new BaselineKey(adr, rule, from, finding.To ?? string.Empty)
            : null;

    /// <summary>
    /// The ratchet per key (rules/0010): in source order (file path ordinal, then line, then column) the first
    /// <c>count</c> violations are baselined, the others are reported with how many the baseline allows.
    /// </summary>
    private static List<Finding> ApplyBaseline(IEnumerable<Finding> violations, Baseline baseline, string today)
    {
        var inSourceOrder = violations.OrderBy(v => v.Path, StringComparer.Ordinal).ThenBy(v => v.Line).ThenBy(v => v.Column);
        return [.. BaselineRatchet.Apply(baseline, inSourceOrder, KeyOf, today)
            .Select(o => o.Hidden ? o.Violation with { Baselined = true } : o.Violation with { Message = o.Message(o.Violation.Message) })];
    }

    private static IEnumerable<Finding> FileProblems(AdrRepository adrs)
    {
        var idByPath = adrs.Set.Documents.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        // As in the build: a problem with a rule of an ADR that is not accepted counts at info (rules/0015).
        return adrs.Set.Diagnostics.Select(d => Finding.FromAdrDiagnostic(d, idByPath.TryGetValue(d.Path, out var id) ? id : null, adrs.Set.BuildSeverity(d)));
    }

    /// <summary>
    /// TL9xxx the analyzer reported beyond what reading the ADR files finds (a naming regex that timed out on
    /// a real type name): the ones reading also finds are already in the result once.
    /// </summary>
    private static IEnumerable<Finding> AnalysisOnlyProblems(IEnumerable<Finding> engineFindings, List<Finding> fileProblems, AdrRepository adrs)
    {
        var known = new HashSet<(string, string, int, int, string)>(fileProblems.Select(f => (f.Id, f.Path, f.Line, f.Column, f.Message)));
        var idByPath = adrs.Set.Documents.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return engineFindings
            .Where(f => f.IsFileProblem && !known.Contains((f.Id, f.Path, f.Line, f.Column, f.Message)))
            .Select(f => idByPath.TryGetValue(f.Path, out var adr) ? f with { Adr = adr, AdrPath = f.Path } : f);
    }

    /// <summary>What the diagrams draw and the code lacks (rules/0037): unused arrows (info), components with no type (warning).</summary>
    private static IEnumerable<Finding> DiagramProblems(DiagramUsage? usage, AdrRepository adrs)
    {
        if (usage is null)
        {
            return [];
        }

        var idByPath = adrs.Set.Documents.GroupBy(d => d.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);
        return DiagramDrift.Find(adrs.Set.ActiveRules.OfType<DiagramRule>(), usage)
            .Select(d => Finding.FromAdrDiagnostic(d, idByPath.TryGetValue(d.Path, out var id) ? id : null, adrs.Set.BuildSeverity(d)));
    }

    private static IEnumerable<Finding> BaselineProblems(List<Finding> findings, Baseline baseline, bool exists, string path, bool strict)
    {
        if (!exists)
        {
            return strict
                ? [new Finding(DiagnosticIds.StaleBaselineEntry, RuleSeverity.Error, $"baseline file {PathDisplay.Relative(path)} does not exist (required by --strict); create it with 'techlead baseline create'", path, 1, 1)]
                : [];
        }

        var counts = CountByKey(findings.Where(f => !f.IsFileProblem));
        return baseline.FindStale(counts, strict ? RuleSeverity.Error : RuleSeverity.Warning).Select(d => Finding.FromAdrDiagnostic(d, adr: null));
    }
}
