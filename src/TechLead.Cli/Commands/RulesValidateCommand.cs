using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using Spectre.Console.Cli;
using TechLead.Cli.Adrs;
using TechLead.Cli.Baselines;
using TechLead.Cli.Checking;
using TechLead.Cli.Infrastructure;
using TechLead.Rules;
using TechLead.Rules.Model;

namespace TechLead.Cli.Commands;

/// <summary><c>techlead rules validate [dir]</c>: TL9xxx problems of the ADR files (and the baseline), without building anything.</summary>
internal sealed class RulesValidateCommand(CliEnvironment environment) : Command<RulesValidateCommand.Settings>
{
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = Workspace.ForAdrs(new(environment.WorkingDirectory, AdrDirectory: settings.Directory));
        var repository = AdrRepository.Load(workspace.RequireAdrDirectory());
        var problems = new List<AdrDiagnostic>(repository.Set.Diagnostics);
        var baselinePath = workspace.BaselinePath;
        if (File.Exists(baselinePath))
        {
            BaselineFile.ParseInto(baselinePath, File.ReadAllText(baselinePath), problems);
        }

        if (settings.Examples)
        {
            problems.AddRange(ExampleChecker.CheckAsync(repository, cancellationToken).GetAwaiter().GetResult());
        }

        foreach (var problem in problems)
        {
            environment.Out.WriteLine(Format(problem));
        }

        var errors = problems.Count(p => p.Severity == RuleSeverity.Error);
        var warnings = problems.Count(p => p.Severity == RuleSeverity.Warning);
        environment.Out.WriteLine($"{repository.Files.Count} ADR file(s), {repository.Set.Rules.Count} rule(s): {errors} error(s), {warnings} warning(s)");

        // The lead's check that every file is well-formed: problems keep their own severity and exit code (rules/0015).
        // Only the ADR set's problems reach builds (examples are checked here alone).
        var infoInBuilds = repository.Set.Diagnostics.Count(p => p.Severity > RuleSeverity.Info && repository.Set.IsLoweredByStatus(p));
        if (infoInBuilds > 0)
        {
            environment.Out.WriteLine($"note: {infoInBuilds} of these are in ADRs that are not accepted; builds, 'check' and fitness tests report them at info");
        }

        return errors > 0 ? ExitCodes.Violations : ExitCodes.Success;
    }

    internal static string Format(AdrDiagnostic problem) =>
        $"{PathDisplay.Relative(problem.Path)}({problem.Span.DisplayLine},{problem.Span.DisplayColumn}): {AdrNames.Of(problem.Severity)} {problem.Id}: {problem.Message}";

    internal sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "[dir]")]
        [Description("The ADR folder; default: the first docs/adr at or above the current folder.")]
        public string? Directory { get; init; }

        [CommandOption("--examples")]
        [Description("Also compile each rule's examples and check that the violating one fires and the compliant one does not.")]
        public bool Examples { get; init; }
    }
}
