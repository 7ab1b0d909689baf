using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Spectre.Console;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Checking;

/// <summary>Runs a check with the Roslyn engine and a progress display that suits where output goes.</summary>
internal static class CheckRunner
{
    /// <summary>
    /// A spinner on stderr when a person is watching; silent when output is piped or machine-readable
    /// (json, sarif), so nothing but the result reaches stdout, and with <c>--quiet</c>.
    /// </summary>
    public static Task<CheckResult> RunAsync(CheckOptions options, bool machineReadable, CliEnvironment environment, CancellationToken cancellationToken)
    {
        MsBuildRegistration.EnsureRegistered();
        var engine = CreateEngine();
        return WithProgressAsync(options.Quiet || machineReadable, environment, progress => CheckSession.RunAsync(options, engine, progress, cancellationToken));
    }

    /// <summary>Runs work that loads a solution with the same progress display as a check (infer uses it too); <paramref name="silent"/> for machine-readable output or <c>--quiet</c>.</summary>
    public static async Task<T> WithProgressAsync<T>(bool silent, CliEnvironment environment, Func<ICheckProgress, Task<T>> work)
    {
        if (silent || environment.Progress is not { } console)
        {
            return await work(new SilentProgress(environment.Error)).ConfigureAwait(false);
        }

        return await console.Status().StartAsync("Starting", context => work(new StatusProgress(context, environment.Error))).ConfigureAwait(false);
    }

    /// <summary>Kept out of line so MSBuild types are resolved only after the locator has registered.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static RoslynSolutionChecker CreateEngine() => new RoslynSolutionChecker();

    private sealed class SilentProgress(TextWriter log) : ICheckProgress
    {
        public void Report(string stage)
        {
        }

        public void Log(string line) => log.WriteLine(line);
    }

    private sealed class StatusProgress(StatusContext context, TextWriter log) : ICheckProgress
    {
        public void Report(string stage) => context.Status(Markup.Escape(stage));

        public void Log(string line) => log.WriteLine(line);
    }
}
