using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Inferring;

/// <summary>
/// <c>techlead infer</c>: loads the solution as check does, reads its facts, proposes rules from them, keeps only
/// what the analyzer and both fitness engines confirm with 0 violations, and writes one <c>proposed</c> ADR (the next number in the
/// ADR folder, or <c>--out</c>), never over an existing file.
/// </summary>
internal static class Inferrer
{
    /// <summary>How a candidate left out by the limit on rules per type is reported (counted by the command).</summary>
    public const string BeyondLimitPrefix = "beyond the limit";

    public static async Task<InferenceResult> RunAsync(InferRequest request, ICheckProgress progress, CancellationToken cancellationToken)
    {
        var workspace = Workspace.ForSolution(new(request.WorkingDirectory, request.Target, request.AdrDirectory));
        var target = workspace.Solution!;
        var adrDirectory = workspace.AdrDirectory;
        var existing = adrDirectory is null ? null : AdrRepository.Load(adrDirectory).Set;
        var number = adrDirectory is null ? 1 : AdrNumbering.Next(adrDirectory, existing);
        var id = AdrTemplate.Id(number);
        var name = Path.GetFileNameWithoutExtension(target);
        var outputPath = OutputPath(request.Out, request.WorkingDirectory, adrDirectory, number, name);

        using var loaded = await LoadedSolution.OpenAsync(target, !request.NoRestore, request.Verbose, progress, cancellationToken).ConfigureAwait(false);
        var facts = await CodeFactsCollector.CollectAsync(loaded, progress, cancellationToken).ConfigureAwait(false);
        var notes = ReadNotes(facts, loaded.SdkNote);
        var proposals = Propose(facts);
        var dropped = new List<DroppedProposal>();
        foreach (var vacuous in proposals.Where(p => p.Vacuous is not null).ToList())
        {
            proposals.Remove(vacuous);
            dropped.Add(new DroppedProposal(vacuous.Id, vacuous.Kind, "holds by construction: " + vacuous.Vacuous));
        }

        var subject = new InferenceSubject(name, facts.Projects.Count, facts.Types.Count, facts.ReadProblems) { SdkNote = loaded.SdkNote };
        var date = CheckSession.Today();
        var folder = Path.GetDirectoryName(outputPath)!;
        AdrSourceFile RenderAccepted(IReadOnlyList<Proposal> kept) =>
            new(outputPath, AdrDraftWriter.Render(InferredAdr.Build(subject, id, Spellings.Status.NameOf(AdrStatus.Accepted)!, date, kept, [])));
        var violated = new List<ViolatedCandidate>();
        dropped.AddRange(await ProposalVerifier.VerifyAsync(
            loaded,
            proposals,
            RenderAccepted,
            files => new CheckRequest(target, files, RepositoryLayout.RepositoryRootOf(folder), folder, AdrBaseUrl: null, CollectNamespaceGraph: false) { Restore = false },
            id,
            new HashSet<string>(facts.Types.Select(t => t.FullName), StringComparer.Ordinal).Contains,
            progress,
            violated,
            cancellationToken).ConfigureAwait(false));
        ForbidProposer.MergeCompositionRoots(proposals);
        var crossCheck = await CrossCheckAsync(loaded, proposals, violated, RenderAccepted, progress, cancellationToken).ConfigureAwait(false);
        dropped = dropped.Select(d => crossCheck.Replaced.TryGetValue(d, out var disagreement) ? disagreement : d).Concat(crossCheck.Disagreements).ToList();
        dropped.AddRange(CoveredNearRules(proposals));
        var alreadyAccepted = existing is null
            ? []
            : AlreadyAcceptedIn(existing, proposals, AdrDraftWriter.Render(InferredAdr.Build(subject, id, Spellings.Status.NameOf(AdrStatus.Accepted)!, date, proposals, [])), outputPath);
        proposals.RemoveAll(p => alreadyAccepted.Any(a => a.Id == p.Id));
        proposals = ProposalRanking.Ranked(proposals);
        var limit = request.All ? int.MaxValue : InferLimit.For(facts.Types.Count);
        foreach (var beyond in proposals.Skip(limit))
        {
            dropped.Add(new DroppedProposal(beyond.Id, beyond.Kind, $"{BeyondLimitPrefix} of {limit} rule(s) for {facts.Types.Count} types (one per {InferLimit.TypesPerRule}), ranked below the rules proposed; --all proposes it"));
        }

        proposals = proposals.Take(limit).ToList();
        if (proposals.Count == 0)
        {
            return new InferenceResult([], proposals, dropped) { AlreadyAccepted = alreadyAccepted, ReadNotes = notes, VerificationNotes = crossCheck.Notes };
        }

        // --out names one file: every theme in it. In the ADR folder: one ADR per theme, numbered in order.
        var groups = request.Out is not null
            ? [(Theme: (ProposalTheme?)null, Proposals: proposals)]
            : proposals.GroupBy(p => p.Theme).OrderBy(g => g.Key).Select(g => (Theme: (ProposalTheme?)g.Key, Proposals: g.ToList())).ToList();
        var written = new List<WrittenAdr>();
        var commands = new List<string>();
        foreach (var (theme, members) in groups)
        {
            var themeId = AdrTemplate.Id(number + written.Count);
            var title = InferredAdr.Title(name, theme);
            var path = request.Out is not null ? outputPath : Path.Combine(adrDirectory!, AdrTemplate.FileName(number + written.Count, title));
            var themeDropped = dropped.Where(d => theme is null || d.Theme == theme || (written.Count == 0 && !groups.Any(g => g.Theme == d.Theme))).ToList();
            var text = AdrDraftWriter.Render(InferredAdr.Build(subject, themeId, title, Spellings.Status.NameOf(AdrStatus.Proposed)!, date, members, themeDropped));
            if (!AtomicFile.TryCreateNew(path, text))
            {
                throw AlreadyExists(path);
            }

            written.Add(new WrittenAdr(themeId, path, members));
            commands.Add(ImpactCommand(request, themeId, folder));
        }

        return new InferenceResult(written, proposals, dropped) { AlreadyAccepted = alreadyAccepted, ImpactCommands = commands, ReadNotes = notes, VerificationNotes = crossCheck.Notes };
    }

    /// <summary>
    /// What the analyzer left, judged again by ArchUnitNET and NetArchTest on the solution's own compilations, emitted to a
    /// temporary folder that is gone when this returns (rules/0045).
    /// </summary>
    private static async Task<CrossCheckResult> CrossCheckAsync(
        LoadedSolution loaded,
        List<Proposal> proposals,
        List<ViolatedCandidate> violated,
        Func<IReadOnlyList<Proposal>, AdrSourceFile> renderAccepted,
        ICheckProgress progress,
        CancellationToken cancellationToken)
    {
        if (proposals.Count == 0 && violated.Count == 0)
        {
            return new CrossCheckResult();
        }

        using var emitted = await EmittedAssemblies.EmitAsync(loaded, progress, cancellationToken).ConfigureAwait(false);
        var generatedParts = await GeneratedPartAttributes.ReadAsync(loaded, cancellationToken).ConfigureAwait(false);
        return EngineCrossCheck.Run(emitted, proposals, violated, renderAccepted, generatedParts, progress);
    }

    /// <summary>
    /// What the lead should know about what was read before reading any rule: compiler errors (the rules rest on
    /// incomplete code), a solution whose types share one namespace (nothing to relate between namespaces), an SDK other
    /// than the one the solution pins.
    /// </summary>
    private static List<string> ReadNotes(CodeFacts facts, string? sdkNote)
    {
        var notes = new List<string>();
        if (sdkNote is not null)
        {
            notes.Add("read with another SDK: " + sdkNote);
        }

        foreach (var problem in facts.ReadProblems)
        {
            notes.Add($"read with errors: {problem}; rules built from this code say so in their ADR");
        }

        var namespaces = facts.Types.Select(t => t.Namespace).Distinct(StringComparer.Ordinal).ToList();
        if (facts.Types.Count == 0)
        {
            notes.Add($"read {facts.Projects.Count} project(s) and found no type written by hand (test projects and generated files are not read)");
        }
        else if (namespaces.Count == 1 && facts.Projects.Count(p => p.TypeCount > 0) <= 1)
        {
            var ns = namespaces[0].Length == 0 ? "the global namespace" : "namespace " + namespaces[0];
            notes.Add($"read {facts.Projects.Count} project(s), {facts.Types.Count} types, all in {ns}: no namespaces or projects to relate, so no structure rule; looked for names and shapes only");
        }

        return notes;
    }

    /// <summary>
    /// A strict independence rule whose modules a surviving near-rule also keeps apart (with its named exceptions) says
    /// less: the near-rule is proposed, the other named as covered. So does today's module map once the near-rule has
    /// drawn it (rules/0051).
    /// </summary>
    private static IEnumerable<DroppedProposal> CoveredNearRules(List<Proposal> proposals)
    {
        var near = proposals.Where(p => p.Learner is ModuleIndependence).ToList();
        foreach (var drawn in near.Where(n => n.Learner is ModuleIndependence { Map: not null, MapProposal: { } map } && proposals.Contains(map)))
        {
            var map = ((ModuleIndependence)drawn.Learner!).MapProposal!;
            proposals.Remove(map);
            yield return new DroppedProposal(map.Id, map.Kind, $"drawn into {drawn.Id}, which has the same arrows and says through what the modules meet");
        }

        foreach (var strict in proposals.Where(p => p.Kind == "independent" && p.Learner is null).ToList())
        {
            if (near.FirstOrDefault(n => strict.Covered.All(n.Covered.Contains)) is { } wider)
            {
                proposals.Remove(strict);
                yield return new DroppedProposal(strict.Id, strict.Kind, $"covered by {wider.Id}, which keeps the same modules and more apart");
            }
        }
    }

    /// <summary>
    /// The candidates an accepted ADR already enforces with a rule of the same meaning (rules/0033): read back from the
    /// ADR as it would be written, so both sides are compared as the parser compiles them.
    /// </summary>
    private static List<AlreadyAccepted> AlreadyAcceptedIn(AdrSet existing, IReadOnlyList<Proposal> proposals, string renderedAdr, string path)
    {
        var accepted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rule in existing.Documents.Where(d => d.Status == AdrStatus.Accepted).SelectMany(d => d.Rules))
        {
            accepted.TryAdd(RuleMeaning.Of(rule), rule.QualifiedId);
        }

        var written = AdrParser.Parse(path, renderedAdr).Document?.Rules ?? [];
        return [.. written
            .Select(rule => (rule.Id, Kind: RuleKinds.GetName(rule.Kind), Accepted: accepted.TryGetValue(RuleMeaning.Of(rule), out var by) ? by : null))
            .Where(r => r.Accepted is not null && proposals.Any(p => p.Id == r.Id))
            .Select(r => new AlreadyAccepted(r.Id, r.Kind, r.Accepted!))];
    }

    /// <summary>
    /// The <c>impact</c> command that finds the ADR just written: the same target, and the ADR's folder when
    /// it is not the one impact finds by itself (an <c>--out</c> elsewhere, an <c>--adr-dir</c>).
    /// </summary>
    private static string ImpactCommand(InferRequest request, string id, string folder)
    {
        var command = "techlead impact " + id;
        if (request.Target is not null)
        {
            command += " " + Quoted(request.Target);
        }

        var found = request.Target is null
            ? Workspace.ForAdrs(new(request.WorkingDirectory)).AdrDirectory
            : Workspace.ForSolution(new(request.WorkingDirectory, request.Target)).AdrDirectory;
        if (found is null || !string.Equals(Path.GetFullPath(found), Path.GetFullPath(folder), StringComparison.Ordinal))
        {
            var relative = Path.GetRelativePath(request.WorkingDirectory, folder);
            command += " --adr-dir " + Quoted(relative.Length == 0 ? "." : relative.Replace('\\', '/'));
        }

        return command;
    }

    private static string Quoted(string argument) => argument.Contains(' ', StringComparison.Ordinal) ? "\"" + argument + "\"" : argument;

    /// <summary>Every candidate, layers first, with ids unique in the ADR.</summary>
    public static List<Proposal> Propose(CodeFacts facts)
    {
        var proposals = new List<Proposal>();
        if (LayerProposer.Plan(facts) is { } layers)
        {
            proposals.Add(LayerProposer.Propose(layers, facts));
            proposals.AddRange(ForbidProposer.Propose(layers, facts));
            proposals.AddRange(SliceProposer.Propose(facts, layers));
        }
        else
        {
            proposals.AddRange(SliceProposer.Propose(facts, layers: null));
        }

        proposals.AddRange(AllowOnlyProposer.Propose(facts));
        proposals.AddRange(NamingProposer.Propose(facts));
        proposals.AddRange(PlacementProposer.Propose(facts));
        proposals.AddRange(RoleProposer.Propose(facts));
        proposals.AddRange(MemberProposer.Propose(facts));
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var proposal in proposals)
        {
            proposal.Id = RuleIds.Unique(proposal.Id, used);
        }

        return proposals;
    }

    private static string OutputPath(string? explicitPath, string workingDirectory, string? adrDirectory, int number, string name)
    {
        var path = explicitPath is not null
            ? ArgumentPaths.Resolve(explicitPath, workingDirectory)
            : adrDirectory is not null
                ? Path.Combine(adrDirectory, AdrTemplate.FileName(number, $"Keep the structure {name} already has"))
                : throw new BadInputException($"no docs/adr folder found at or above the solution's folder; create one ('techlead init') or pass --out FILE");
        if (Directory.Exists(path))
        {
            throw new BadInputException($"--out '{explicitPath}' is a folder; pass the file to write, e.g. {Path.Combine(explicitPath!, "0001-inferred-rules.md")}");
        }

        return File.Exists(path) ? throw AlreadyExists(path) : path;
    }

    private static BadInputException AlreadyExists(string path) =>
        new($"{PathDisplay.Relative(path)} already exists; infer never overwrites a file (pass another --out)");
}
