using System;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;
using TechLead.Rules.Parsing;

namespace TechLead.Cli.Commands;

/// <summary>
/// <c>techlead adr supersede OLD --by NEW</c>: marks OLD superseded by NEW and adds OLD to NEW's
/// <c>supersedes</c>. Both edits are checked by re-parsing before anything is written, then both
/// files are replaced atomically.
/// </summary>
internal sealed class AdrSupersedeCommand(CliEnvironment environment) : Command<AdrSupersedeCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var repository = AdrRepository.Load(Workspace.ForAdrs(new(environment.WorkingDirectory, AdrDirectory: settings.Directory)).RequireAdrDirectory());
        var old = repository.Require(settings.Old);
        var replacement = repository.Require(settings.By ?? throw new BadInputException("missing --by NEW: the ADR that supersedes " + settings.Old));
        if (old.Id == replacement.Id)
        {
            throw new BadInputException($"{old.Id} cannot supersede itself");
        }

        var oldText = FrontMatterEditor.Open(repository.TextOf(old), old.Path)
            .SetScalar("status", AdrNames.Of(AdrStatus.Superseded))
            .SetScalar("superseded-by", replacement.Id)
            .ToString();
        var newText = FrontMatterEditor.Open(repository.TextOf(replacement), replacement.Path)
            .AddToList("supersedes", old.Id)
            .ToString();

        Verify(old.Path, oldText, d => d.Status == AdrStatus.Superseded && d.FrontMatter.SupersededBy == replacement.Id);
        Verify(replacement.Path, newText, d => d.FrontMatter.Supersedes.Contains(old.Id, StringComparer.Ordinal));
        AtomicFile.WriteAll([(old.Path, oldText), (replacement.Path, newText)]);
        environment.Out.WriteLine($"{old.Id} is now superseded by {replacement.Id}");
        return ExitCodes.Success;
    }

    /// <summary>Refuses to write an edit the parser does not read back as intended (e.g. an unusual front matter layout).</summary>
    private static void Verify(string path, string text, Func<AdrDocument, bool> intended)
    {
        var parsed = AdrParser.Parse(path, text);
        if (parsed.Document is null || !intended(parsed.Document) || parsed.Diagnostics.Any(d => d.Id == TechLead.Rules.DiagnosticIds.AdrUnreadable))
        {
            throw new BadInputException($"could not edit the front matter of {PathDisplay.Relative(path)} safely; edit it by hand (nothing was written)");
        }
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<OLD>")]
        [Description("The ADR being replaced.")]
        public string Old { get; init; } = string.Empty;

        [CommandOption("--by <NEW>")]
        [Description("The ADR that replaces it.")]
        public string? By { get; init; }

        [CommandOption("--dir <DIR>")]
        [Description("The ADR folder; default: the first docs/adr at or above the current folder.")]
        public string? Directory { get; init; }
    }
}
