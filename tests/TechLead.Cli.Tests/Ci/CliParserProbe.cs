using System;
using Spectre.Console.Cli;

namespace TechLead.Cli.Tests.Ci;

/// <summary>
/// Runs the real command tree of <c>techlead</c> on a command line up to the point where the command would
/// execute: parsing, binding and settings validation happen, the command itself does not run.
/// </summary>
internal static class CliParserProbe
{
    /// <summary>Null when the CLI accepts the arguments, else what it said.</summary>
    public static string? Reject(string[] arguments)
    {
        var app = CliApplication.Create(new Infrastructure.CliEnvironment(System.IO.Path.GetTempPath(), System.IO.TextWriter.Null, System.IO.TextWriter.Null));
        app.Configure(config => config.SetInterceptor(new StopBeforeExecuting()));
        try
        {
            app.Run(arguments);
            return "the command line reached no command";
        }
        catch (AcceptedException)
        {
            return null;
        }
        catch (CommandAppException e)
        {
            return e.Message;
        }
        catch (Infrastructure.BadInputException e)
        {
            return e.Message;
        }
        catch (RejectedException e)
        {
            return e.Message;
        }
    }

    private sealed class StopBeforeExecuting : ICommandInterceptor
    {
        public void Intercept(CommandContext context, CommandSettings settings)
        {
            var validation = settings.Validate();
            throw validation.Successful ? new AcceptedException() : new RejectedException(validation.Message ?? "invalid settings");
        }

        public void InterceptResult(CommandContext context, CommandSettings settings, ref int result)
        {
        }
    }

    private sealed class AcceptedException : Exception;

    private sealed class RejectedException(string message) : Exception(message);
}
