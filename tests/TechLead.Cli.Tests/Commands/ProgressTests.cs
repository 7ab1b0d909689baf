using System;
using System.Diagnostics;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// Progress shows on a terminal and never in pipes; <c>--quiet</c> silences it on a terminal too. The terminal
/// is a real pseudo-terminal from util-linux <c>script</c>.
/// </summary>
public sealed class ProgressTests
{
    [Fact]
    public void A_terminal_sees_each_stage_and_quiet_sees_none_and_pipes_never_do()
    {
        Assert.True(System.IO.File.Exists("/usr/bin/script"), "util-linux 'script' is needed to run techlead on a pseudo-terminal");
        using var repo = new TempRepo();
        repo.WriteAdr("0001-domain.md", "---\nid: ADR-0001\ntitle: The domain knows no infrastructure\nstatus: accepted\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n# The domain knows no infrastructure\n");
        repo.Write("src/Acme.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>\n");
        repo.Write("src/Domain/Order.cs", "namespace Acme.Domain\n{\n    public sealed class Order\n    {\n        public Acme.Infrastructure.Store Store { get; set; } = new();\n    }\n}\n\nnamespace Acme.Infrastructure\n{\n    public sealed class Store\n    {\n    }\n}\n");

        var terminal = OnTerminal(repo.Root, "check", "src/Acme.csproj");
        var quiet = OnTerminal(repo.Root, "check", "src/Acme.csproj", "--quiet");
        var piped = repo.Run("check", "src/Acme.csproj", "--no-restore");

        Assert.Contains("Restoring Acme.csproj", terminal, StringComparison.Ordinal);
        Assert.Contains("Compiling and analyzing Acme (1/1)", terminal, StringComparison.Ordinal);
        Assert.Contains("error TL0002", terminal, StringComparison.Ordinal);
        Assert.DoesNotContain("Restoring", quiet, StringComparison.Ordinal);
        Assert.DoesNotContain("Compiling and analyzing", quiet, StringComparison.Ordinal);
        Assert.Contains("error TL0002", quiet, StringComparison.Ordinal);
        Assert.True(piped.ExitCode == 1, piped.ToString());
        Assert.Empty(piped.Stderr);
    }

    /// <summary>Everything the terminal showed (stdout and stderr share it).</summary>
    private static string OnTerminal(string workingDirectory, params string[] arguments)
    {
        var command = string.Join(' ', new[] { "dotnet", TechLeadProcess.DllPath }.Concat(arguments).Select(Quote));
        var start = new ProcessStartInfo("script", ["--quiet", "--return", "--command", command, "/dev/null"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.Environment["TERM"] = "xterm-256color";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 1, $"exit {process.ExitCode}: {output}{error.Result}");
        return output;
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
