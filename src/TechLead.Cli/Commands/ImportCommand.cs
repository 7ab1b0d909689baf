using System;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Checking;
using TechLead.Cli.Importing;
using TechLead.Cli.Importing.TestCode;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead import &lt;path&gt;</c>: existing architecture rules (BannedSymbols.txt, config.nsdepcop, test code) → ADRs.</summary>
internal sealed class ImportCommand(CliEnvironment environment) : AsyncCommand<ImportCommand.Settings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var status = AdrNames.ParseStatus(settings.Status);
        if (status is not (AdrStatus.Accepted or AdrStatus.Proposed))
        {
            throw new BadInputException($"--status must be accepted or proposed, got '{settings.Status}'");
        }

        var target = environment.FullPath(settings.Path);
        var start = Directory.Exists(target) ? target : Path.GetDirectoryName(target) ?? target;
        var adrDirectory = settings.Out is { Length: > 0 } explicitOut
            ? environment.FullPath(explicitOut)
            : AdrDirectoryLocator.FindUpward(start) ?? AdrDirectoryLocator.FindUpward(environment.WorkingDirectory) ?? Path.Combine(environment.WorkingDirectory, "docs", "adr");
        var repositoryRoot = RepositoryLayout.RepositoryRootOf(adrDirectory);
        var displayRoot = IsUnder(start, repositoryRoot) ? repositoryRoot : null;
        var collected = ImportScopeCollector.Collect(settings.Path, displayRoot, environment.WorkingDirectory);

        // Architecture tests are read with their project's semantic model where it loads, else from their syntax.
        using var semantic = settings.SyntaxOnly
            ? TestProjectLoader.SyntaxOnly(collected, "--syntax-only was given")
            : await CheckRunner.WithProgressAsync(silent: false, environment, progress => TestProjectLoader.LoadAsync(collected, !settings.NoRestore, progress, cancellationToken)).ConfigureAwait(false);
        var scope = collected with { Semantic = semantic };
        foreach (var line in semantic.Report)
        {
            environment.Out.WriteLine(line);
        }

        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var run = new ImportRun(adrDirectory, AdrNames.Of(status), date, settings.DryRun);
        var outcomes = run.Execute(scope, RuleImporters.All, environment.Warn);
        ImportReport.Write(environment.Out, outcomes, scope, settings.DryRun);
        return ExitCodes.Success;
    }

    private static bool IsUnder(string path, string root)
    {
        var relative = Path.GetRelativePath(root, path);
        return !relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<path>")]
        [Description("The folder (or file) whose BannedSymbols.txt, config.nsdepcop and architecture tests to import.")]
        public string Path { get; init; } = ".";

        [CommandOption("--out <DIR>")]
        [Description("The ADR folder to write to; default: the first docs/adr at or above <path>, else at or above the current folder, else ./docs/adr.")]
        public string? Out { get; init; }

        [CommandOption("--dry-run")]
        [Description("Print the ADRs that would be written; write nothing.")]
        public bool DryRun { get; init; }

        [CommandOption("--syntax-only")]
        [Description("Read architecture tests from their syntax only; do not restore or load their projects.")]
        public bool SyntaxOnly { get; init; }

        [CommandOption("--no-restore")]
        [Description("Do not run 'dotnet restore' on the test projects before loading them (they must be restored already).")]
        public bool NoRestore { get; init; }

        [CommandOption("--status <STATUS>")]
        [Description("accepted (default) or proposed.")]
        [DefaultValue("accepted")]
        public string Status { get; init; } = "accepted";
    }
}
