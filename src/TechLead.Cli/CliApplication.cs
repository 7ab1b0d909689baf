using System;
using System.Collections.Generic;
using System.IO;
using Spectre.Console;
using Spectre.Console.Cli;
using TechLead.Cli.Commands;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli;

/// <summary>
/// The command tree of docs/cli.md, and one run of it. Every failure ends as one line on stderr and an exit code
/// (docs/cli.md): the app propagates exceptions instead of letting Spectre pretty-print them, and <see cref="Run(IReadOnlyList{string}, CliEnvironment)"/>
/// maps them. Tests call <see cref="Run(IReadOnlyList{string}, TextWriter, TextWriter, string)"/> in process; Program calls it with the real console.
/// </summary>
internal static class CliApplication
{
    /// <summary>Runs the tool in <paramref name="workingDirectory"/> with no terminal: no progress, no questions, plain help.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, string workingDirectory) =>
        Run(args, new CliEnvironment(workingDirectory, output, error));

    public static int Run(IReadOnlyList<string> args, CliEnvironment environment)
    {
        using var paths = PathDisplay.RelativeTo(environment.WorkingDirectory);
        try
        {
            return Create(environment).Run(args);
        }
        catch (BadInputException e)
        {
            return Fail(environment, e.Message);
        }
        catch (CommandAppException e)
        {
            // Parse and validation errors: unknown command (with a "did you mean"), unknown option, missing argument, bad value.
            return Fail(environment, UnknownCommand.Explain(e.Message, args, HelpIn(environment)) ?? OneLine(e.Message).TrimEnd('.') + "; see 'techlead --help'");
        }
#pragma warning disable CA1031 // the last line of defence: a one-line error, never a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            return inner is BadInputException bad ? Fail(environment, bad.Message) : Fail(environment, $"unexpected {inner.GetType().Name}: {OneLine(inner.Message)}");
        }
    }

    /// <summary>The app with its commands; they receive <paramref name="environment"/>. Spectre writes help to its stdout: through the terminal console when there is one, else as plain text.</summary>
    public static CommandApp Create(CliEnvironment environment)
    {
        var registrar = new CliTypeRegistrar();
        registrar.RegisterInstance(typeof(CliEnvironment), environment);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.Settings.Console = environment.Prompt ?? PlainConsole(environment.Out);
            config.SetApplicationName("techlead");
            config.SetApplicationVersion(ToolVersion.Current);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check a solution against its ADRs' rules.")
                .WithExample("check", "Shop.sln", "--format", "sarif", "--output", "techlead.sarif");
            config.AddBranch("rules", rules =>
            {
                rules.SetDescription("Work with the rules written in ADRs.");
                rules.AddCommand<RulesValidateCommand>("validate").WithDescription("Report problems in ADR files (TL9xxx); no build needed.");
            });
            config.AddBranch("adr", adr =>
            {
                adr.SetDescription("Create, list, show and supersede ADRs.");
                adr.AddCommand<AdrNewCommand>("new").WithDescription("Write the next-numbered MADR 4 ADR.");
                adr.AddCommand<AdrListCommand>("list").WithDescription("List ADRs with status, rule count and the unenforced mark.");
                adr.AddCommand<AdrShowCommand>("show").WithDescription("Show a decision, its rules, current violations and baseline entries.");
                adr.AddCommand<AdrSupersedeCommand>("supersede").WithDescription("Mark OLD superseded by NEW (edits both files atomically).");
            });
            config.AddBranch("baseline", baseline =>
            {
                baseline.SetDescription("Freeze existing violations (techlead.baseline.json).");
                baseline.AddCommand<BaselineCreateCommand>("create").WithDescription("Write the baseline from today's violations.");
                baseline.AddCommand<BaselineUpdateCommand>("update").WithDescription("Lower counts and drop fixed entries (never adds).");
            });
            config.AddCommand<ImpactCommand>("impact").WithDescription("What an ADR's rules would flag today if it were accepted.");
            config.AddCommand<InitCommand>("init").WithDescription("Set a repository up: docs/adr with a first ADR, the analyzer in Directory.Build.props.");
            config.AddCommand<InferCommand>("infer").WithDescription("Write a proposed ADR of the rules that already hold, with their evidence.");
            config.AddBranch("history", history =>
            {
                history.SetDescription("Fill in the history file (techlead.history.jsonl) that report draws trends from.");
                history.AddCommand<HistoryBackfillCommand>("backfill").WithDescription("Append history lines for past commits (one git worktree at a time).");
            });
            config.AddCommand<ReportCommand>("report").WithDescription("Write a static HTML + Markdown architecture report.");
            config.AddCommand<ImportCommand>("import").WithDescription("Turn BannedSymbols.txt, config.nsdepcop and architecture tests into ADRs.");
        });
        return app;
    }

    /// <summary>A console that writes plain text (no colours, no cursor moves) to <paramref name="writer"/>.</summary>
    public static IAnsiConsole PlainConsole(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
        Out = new AnsiConsoleOutput(writer),
    });

    /// <summary>The plain help text of a command path (no command: the root), for naming the commands at that level.</summary>
    private static Func<IReadOnlyList<string>, string> HelpIn(CliEnvironment environment) => args =>
    {
        using var help = new StringWriter();
        Create(new CliEnvironment(environment.WorkingDirectory, help, TextWriter.Null)).Run(args);
        return help.ToString();
    };

    private static int Fail(CliEnvironment environment, string message)
    {
        environment.Error.WriteLine("techlead: error: " + OneLine(message));
        return ExitCodes.BadInput;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
