using System;
using System.ComponentModel;
using System.IO;
using System.Threading;
using Spectre.Console;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead adr new "Title"</c>: writes the next-numbered MADR 4 ADR.</summary>
internal sealed class AdrNewCommand(CliEnvironment environment) : Command<AdrNewCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Title))
        {
            throw new BadInputException("the title must not be empty, e.g. techlead adr new \"Use PostgreSQL for orders\"");
        }

        var status = AdrNames.Of(AdrNames.ParseStatus(settings.Status));
        var category = settings.Category is null ? AskCategory() : AdrNames.ParseCategory(settings.Category);
        // The one command that may start the ADR folder: a folder given need not exist yet, none found is ./docs/adr.
        var directory = settings.Directory is { Length: > 0 } explicitDirectory
            ? environment.FullPath(explicitDirectory)
            : Workspace.ForAdrs(new(environment.WorkingDirectory)).AdrDirectory ?? Path.Combine(environment.WorkingDirectory, "docs", "adr");
        var existing = Directory.Exists(directory) ? AdrRepository.Load(directory).Set : null;
        var number = AdrNumbering.Next(directory, existing);
        var path = Path.Combine(directory, AdrTemplate.FileName(number, settings.Title.Trim()));
        AtomicFile.WriteAllText(path, AdrTemplate.Render(number, settings.Title.Trim(), status, category, DateOnly.FromDateTime(DateTime.UtcNow)));
        environment.Out.WriteLine($"created {AdrTemplate.Id(number)}: {PathDisplay.Relative(path)}");
        return ExitCodes.Success;
    }

    /// <summary>Spec section 9: new decisions name how reversible they are. Asked only when someone can answer.</summary>
    private string AskCategory()
    {
        // The easy-to-reverse answer first: it is the default and the common case.
        var reversible = Spellings.Category.NameOf(AdrCategory.TwoWayDoor)!;
        if (environment.Prompt is not { } console)
        {
            return reversible;
        }

        return console.Prompt(new SelectionPrompt<string>()
            .Title("Is this decision hard to reverse?")
            .AddChoices(reversible, Spellings.Category.NameOf(AdrCategory.OneWayDoor)!));
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<title>")]
        [Description("The decision's title; the file name is its kebab-case form.")]
        public string Title { get; init; } = string.Empty;

        [CommandOption("--status <STATUS>")]
        [Description("proposed (default), accepted, deprecated, rejected or superseded.")]
        [DefaultValue("proposed")]
        public string Status { get; init; } = "proposed";

        [CommandOption("--category <CATEGORY>")]
        [Description("one-way-door or two-way-door; asked when omitted on a terminal, else two-way-door.")]
        public string? Category { get; init; }

        [CommandOption("--dir <DIR>")]
        [Description("The ADR folder; default: the first docs/adr at or above the current folder, else ./docs/adr.")]
        public string? Directory { get; init; }
    }
}
