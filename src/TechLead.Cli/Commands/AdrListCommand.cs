using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead adr list</c>: one line per ADR with status, rule count and the "unenforced" mark.</summary>
internal sealed class AdrListCommand : Command<AdrListCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var repository = AdrRepository.Load(AdrDirectoryLocator.Resolve(settings.Directory, Directory.GetCurrentDirectory()));
        AdrStatus? filter = settings.Status is null ? null : AdrNames.ParseStatus(settings.Status);
        var documents = repository.Set.Documents.Where(d => filter is null || d.Status == filter).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var rows = documents.Select(d => new[]
        {
            d.Id,
            AdrNames.Of(d.Status),
            d.Rules.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            d.Title + (d.IsUnenforced ? "  (unenforced)" : string.Empty),
        }).ToList();
        PlainTable.Write(Console.Out, ["ID", "STATUS", "RULES", "TITLE"], rows, rightAligned: [2]);
        var unenforced = documents.Count(d => d.IsUnenforced);
        Console.Out.WriteLine($"{documents.Count} ADR(s), {unenforced} accepted without enforcement");
        if (repository.Set.Diagnostics.Count > 0)
        {
            Console.Error.WriteLine($"note: {repository.Set.Diagnostics.Count} problem(s) in the ADR files; run 'techlead rules validate'");
        }

        return ExitCodes.Success;
    }

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
