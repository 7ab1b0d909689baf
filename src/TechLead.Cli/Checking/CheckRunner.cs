using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;

namespace TechLead.Cli.Checking;

/// <summary>Runs a check with the Roslyn engine and a progress display that suits where output goes.</summary>
internal static class CheckRunner
{
    /// <summary>
    /// A spinner on stderr when a person is watching; silent when output is piped or machine-readable
    /// (json, sarif), so nothing but the result reaches stdout, and with <c>--quiet</c>.
    /// </summary>
    public static Task<CheckResult> RunAsync(CheckOptions options, bool machineReadable, CancellationToken cancellationToken)
    {
        MsBuildRegistration.EnsureRegistered();
        var engine = CreateEngine();
        return WithProgressAsync(options.Quiet || machineReadable, progress => CheckSession.RunAsync(options, engine, progress, cancellationToken));
    }

    /// <summary>Runs work that loads a solution with the same progress display as a check (infer uses it too); <paramref name="silent"/> for machine-readable output or <c>--quiet</c>.</summary>
    public static async Task<T> WithProgressAsync<T>(bool silent, Func<ICheckProgress, Task<T>> work)
    {
        if (silent || Console.IsOutputRedirected || Console.IsErrorRedirected)
        {
            return await work(SilentProgress.Instance).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Status().StartAsync("Starting", context => work(new StatusProgress(context))).ConfigureAwait(false);
    }

    /// <summary>Kept out of line so MSBuild types are resolved only after the locator has registered.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RoslynSolutionChecker CreateEngine() => new RoslynSolutionChecker();

    private sealed class SilentProgress : ICheckProgress
    {
        public static readonly SilentProgress Instance = new();

        public void Report(string stage)
        {
        }
    }

    private sealed class StatusProgress(StatusContext context) : ICheckProgress
    {
        public void Report(string stage) => context.Status(Markup.Escape(stage));
    }
}
