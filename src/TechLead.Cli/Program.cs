using System;
using Spectre.Console.Cli;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli;

/// <summary>
/// Entry point. Every failure ends as one line on stderr and an exit code (docs/cli.md): the
/// app propagates exceptions instead of letting Spectre pretty-print them, and this handler maps them.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return CliApplication.Create().Run(args);
        }
        catch (BadInputException e)
        {
            return Fail(e.Message);
        }
        catch (CommandAppException e)
        {
            // Parse and validation errors: unknown option, missing argument, bad value.
            return Fail(OneLine(e.Message).TrimEnd('.') + "; see 'techlead --help'");
        }
#pragma warning disable CA1031 // the last line of defence: a one-line error, never a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            var inner = e is AggregateException { InnerException: { } first } ? first : e;
            return inner is BadInputException bad ? Fail(bad.Message) : Fail($"unexpected {inner.GetType().Name}: {OneLine(inner.Message)}");
        }
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("techlead: error: " + OneLine(message));
        return ExitCodes.BadInput;
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
