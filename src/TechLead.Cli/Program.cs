using System;
using System.IO;
using Spectre.Console;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli;

/// <summary>Entry point: one run of <see cref="CliApplication"/> on the real console, in the process's current folder.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var environment = new CliEnvironment(Directory.GetCurrentDirectory(), Console.Out, Console.Error)
        {
            // A spinner only when a person watches both streams; a question only when someone can answer it.
            Progress = Console.IsOutputRedirected || Console.IsErrorRedirected ? null : AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }),
            Prompt = Console.IsInputRedirected || Console.IsOutputRedirected ? null : AnsiConsole.Console,
        };
        return CliApplication.Run(args, environment);
    }
}
