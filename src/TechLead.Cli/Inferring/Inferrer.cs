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
/// what the analyzer confirms with 0 violations, and writes one <c>proposed</c> ADR (the next number in the
/// ADR folder, or <c>--out</c>), never over an existing file.
/// </summary>
internal static class Inferrer
{
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
        var proposals = Propose(facts);
        var subject = new InferenceSubject(name, facts.Projects.Count, facts.Types.Count);
        var date = CheckSession.Today();
        var folder = Path.GetDirectoryName(outputPath)!;
        var dropped = await ProposalVerifier.VerifyAsync(
            loaded,
            proposals,
            kept => new AdrSourceFile(outputPath, AdrDraftWriter.Render(InferredAdr.Build(subject, id, Spellings.Status.NameOf(AdrStatus.Accepted)!, date, kept, []))),
            files => new CheckRequest(target, files, RepositoryLayout.RepositoryRootOf(folder), folder, AdrBaseUrl: null, CollectNamespaceGraph: false) { Restore = false },
            id,
            new HashSet<string>(facts.Types.Select(t => t.FullName), StringComparer.Ordinal).Contains,
            progress,
            cancellationToken).ConfigureAwait(false);
        var alreadyAccepted = existing is null
            ? []
            : AlreadyAcceptedIn(existing, proposals, AdrDraftWriter.Render(InferredAdr.Build(subject, id, Spellings.Status.NameOf(AdrStatus.Accepted)!, date, proposals, [])), outputPath);
        proposals.RemoveAll(p => alreadyAccepted.Any(a => a.Id == p.Id));
        if (proposals.Count == 0)
        {
            return new InferenceResult(null, id, proposals, dropped) { AlreadyAccepted = alreadyAccepted };
        }

        var text = AdrDraftWriter.Render(InferredAdr.Build(subject, id, Spellings.Status.NameOf(AdrStatus.Proposed)!, date, proposals, dropped));
        return AtomicFile.TryCreateNew(outputPath, text)
            ? new InferenceResult(outputPath, id, proposals, dropped) { AlreadyAccepted = alreadyAccepted, ImpactCommand = ImpactCommand(request, id, folder) }
            : throw AlreadyExists(outputPath);
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
            proposals.Add(LayerProposer.Propose(layers));
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
            var id = proposal.Id;
            for (var n = 2; !used.Add(id); n++)
            {
                id = proposal.Id + "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            proposal.Id = id;
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
