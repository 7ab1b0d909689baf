using Spectre.Console.Cli;
using TechLead.Cli.Commands;

namespace TechLead.Cli;

/// <summary>The command tree of docs/cli.md.</summary>
internal static class CliApplication
{
    public static CommandApp Create()
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("techlead");
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
            config.AddBranch("history", history => history.AddCommand<HistoryBackfillCommand>("backfill").WithDescription("Append history lines for past commits (one git worktree at a time)."));
            config.AddCommand<ReportCommand>("report").WithDescription("Write a static HTML + Markdown architecture report.");
            config.AddCommand<ImportCommand>("import").WithDescription("Turn BannedSymbols.txt, config.nsdepcop and architecture tests into ADRs.");
        });
        return app;
    }
}
