using System;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>What the command line itself answers: the version, the descriptions in --help, a misspelt command.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData("--version")]
    [InlineData("-v")]
    public void Version_prints_the_tool_version_alone_and_exits_0(string option)
    {
        using var repo = new TempRepo();

        var run = repo.Run(option);

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$", ToolVersion.Current);
        Assert.Equal(ToolVersion.Current + "\n", run.Stdout.ReplaceLineEndings("\n"));
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public void Every_command_in_help_has_a_description()
    {
        using var repo = new TempRepo();

        var run = repo.Run("--help");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("    history          Fill in the history file (techlead.history.jsonl) that     ", run.StdoutLines);
        var commands = run.Stdout.ReplaceLineEndings("\n").Split("COMMANDS:\n")[1].Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(
            Array.FindAll(commands, l => l.Length > 4 && l[4] != ' '),
            l => Assert.Matches(@"^    [a-z]+( <[a-zA-Z]+>)? +[A-Z]\S", l));
    }

    [Theory]
    [InlineData("unknown command 'chek'; did you mean 'check'? see 'techlead --help'", "chek")]
    [InlineData("unknown command 'histroy'; did you mean 'history'? see 'techlead --help'", "histroy", "backfill")]
    [InlineData("unknown command 'nwe'; did you mean 'new'? see 'techlead adr --help'", "adr", "nwe")]
    [InlineData("unknown command 'xyzzy'; expected one of: check, rules, adr, baseline, impact, init, infer, history, report, import; see 'techlead --help'", "xyzzy")]
    public void A_misspelt_command_is_one_line_with_the_closest_command_and_exit_2(string expected, params string[] args)
    {
        using var repo = new TempRepo();

        var run = repo.Run(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["techlead: error: " + expected], run.StderrLines);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void An_unknown_option_keeps_its_own_message()
    {
        using var repo = new TempRepo();

        var run = repo.Run("check", "--version");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["techlead: error: Unknown option 'version'; see 'techlead --help'"], run.StderrLines);
    }
}
