using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.InfrastructureTests;

public sealed class ProcessRunnerTests
{
    [Fact]
    public async Task Captures_exit_code_and_both_streams_and_passes_arguments_without_a_shell()
    {
        using var directory = TempDirectory.Create("process-runner");
        var spec = new ProcessSpec("/bin/sh", ["-c", "echo \"$1|$TL_PROBE|$(pwd)\"; echo oops >&2; exit 3", "sh", "two words; $HOME"], directory.Path)
            .WithEnvironment("TL_PROBE", "set");

        var result = await ProcessRunner.RunAsync(spec, TimeSpan.FromSeconds(30));

        Assert.Equal(3, result.ExitCode);
        Assert.Equal($"two words; $HOME|set|{directory.Path}\n", result.StandardOutput);
        Assert.Equal("oops\n", result.StandardError);
        var failure = Assert.Throws<InvalidOperationException>(() => result.EnsureSuccess());
        Assert.Contains("exited with code 3", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Removes_variables_mapped_to_null()
    {
        using var directory = TempDirectory.Create("process-runner");
        var spec = new ProcessSpec("/bin/sh", ["-c", "echo \"[${HOME:-unset}]\""], directory.Path).WithEnvironment("HOME", null);

        var result = await ProcessRunner.RunAsync(spec, TimeSpan.FromSeconds(30));

        Assert.Equal("[unset]\n", result.EnsureSuccess().StandardOutput);
    }

    [Fact]
    public async Task Kills_the_whole_tree_when_the_timeout_passes()
    {
        using var directory = TempDirectory.Create("process-runner");
        var pidFile = directory.Combine("grandchild.pid");
        // The grandchild would outlive a kill of its parent alone, and hold the output pipe open.
        var spec = new ProcessSpec("/bin/sh", ["-c", $"sleep 60 & echo $! > '{pidFile}'; echo started; wait"], directory.Path);
        var stopwatch = Stopwatch.StartNew();

        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => ProcessRunner.RunAsync(spec, TimeSpan.FromSeconds(2)));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(20));
        Assert.Contains("did not finish within 2s and was killed", timeout.Message, StringComparison.Ordinal);
        Assert.Contains("started", timeout.Message, StringComparison.Ordinal);
        var grandchild = int.Parse(await File.ReadAllTextAsync(pidFile), System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await HasExitedAsync(grandchild), $"grandchild {grandchild} is still running");
    }

    private static async Task<bool> HasExitedAsync(int processId)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            // A killed child lingers as a zombie until reaped; /proc/<pid>/stat state 'Z' counts as gone.
            var stat = $"/proc/{processId}/stat";
            if (!File.Exists(stat) || (await File.ReadAllTextAsync(stat)).Contains(") Z ", StringComparison.Ordinal))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
