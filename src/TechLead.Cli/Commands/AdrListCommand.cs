using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead adr list</c>: one line per ADR with status, rule count and the "unenforced" mark.</summary>
internal sealed class AdrListCommand(CliEnvironment environment) : Command<AdrListCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var repository = AdrRepository.Load(Workspace.ForAdrs(new(environment.WorkingDirectory, AdrDirectory: settings.Directory)).RequireAdrDirectory());
        AdrStatus? filter = settings.Status is null ? null : AdrNames.ParseStatus(settings.Status);
        var set = repository.Set;
        var documents = set.Documents.Where(d => filter is null || (d.Status == filter && set.StatusProblem(d) is null)).ToList();

        // What is true, not the parser's fallback: a status that is not valid, or a file that is not readable, says so (rules/0015).
        var rows = documents.Select(d => (d.Id, Row: new[]
        {
            d.Id,
            set.StatusProblem(d) is { } problem ? StatusProblemLabel(problem) : AdrNames.Of(d.Status),
            d.Rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Title + (d.IsUnenforced ? "  (unenforced)" : string.Empty),
        }));
        if (filter is null)
        {
            rows = rows.Concat(set.Unreadable.Select(u => (u.Id, Row: new[] { u.Id, StatusProblemLabel(u.Problem), "-", PathDisplay.Relative(u.Problem.Path) })));
        }

        var ordered = rows.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Row).ToList();
        PlainTable.Write(environment.Out, ["ID", "STATUS", "RULES", "TITLE"], ordered, rightAligned: [2]);
        var unenforced = documents.Count(d => d.IsUnenforced);
        environment.Out.WriteLine($"{ordered.Count} ADR(s), {unenforced} accepted without enforcement");
        if (repository.Set.Diagnostics.Count > 0)
        {
            environment.Error.WriteLine($"note: {repository.Set.Diagnostics.Count} problem(s) in the ADR files; run 'techlead rules validate'");
        }

        return ExitCodes.Success;
    }

    private static string StatusProblemLabel(AdrDiagnostic problem) =>
        (problem.Id == DiagnosticIds.AdrUnreadable ? "unreadable (" : "invalid (") + problem.Id + ")";

    internal sealed class Settings : CommandSettings
    {
        [CommandOption("--status <STATUS>")]
        [Description("Only ADRs with this status.")]
        public string? Status { get; init; }

        [CommandOption("--dir <DIR>")]
        [Description("The ADR folder; default: the first docs/adr at or above the current folder.")]
        public string? Directory { get; init; }
    }
}
