using System;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>check names the accepted ADRs that enforce no rule (text and markdown), without changing the exit code (rules/0032).</summary>
public sealed class CheckUnenforcedTests
{
    private const string Notice = "2 accepted ADRs enforce no rule: ADR-0003, ADR-0009 (add rules or `enforcement: \"manual: <how people check it>\"`)";

    [Fact]
    public void Text_and_markdown_name_the_unenforced_ADRs_and_the_exit_code_stays_0()
    {
        using var repo = Repository();

        var text = repo.Run("check", "src/App/App.csproj");
        var markdown = repo.Run("check", "src/App/App.csproj", "--no-restore", "-f", "markdown");
        var json = repo.Run("check", "src/App/App.csproj", "--no-restore", "-f", "json");

        Assert.True(text.ExitCode == 0, text.ToString());
        var lines = text.Stdout.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal(Notice, lines[^2]);
        Assert.StartsWith("0 error(s), 0 warning(s), 0 info(s), 0 baselined in 1 project(s) checked against 1 rule(s) of 4 ADR(s)", lines[^1], StringComparison.Ordinal);
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Assert.Equal(["## TechLead: no architecture violations", string.Empty, Notice], markdown.Stdout.ReplaceLineEndings("\n").Split('\n').Take(3));
        Assert.True(json.ExitCode == 0, json.ToString());
        Assert.DoesNotContain("enforce no rule", json.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_is_said_when_every_accepted_ADR_is_enforced()
    {
        using var repo = Repository(withUnenforced: false);

        var text = repo.Run("check", "src/App/App.csproj");

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.DoesNotContain("enforce", text.Stdout, StringComparison.Ordinal);
    }

    private static TempRepo Repository(bool withUnenforced = true)
    {
        var repo = new TempRepo();
        repo.WriteAdr("0001-layers.md", "---\nid: ADR-0001\ntitle: The domain stays alone\nstatus: accepted\nrules:\n  - id: domain-alone\n    kind: forbid\n    from: Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n# The domain stays alone\n");
        repo.WriteAdr("0004-reviews.md", "---\nid: ADR-0004\ntitle: Reviews\nstatus: accepted\nenforcement: \"manual: code review\"\n---\n# Reviews\n");
        if (withUnenforced)
        {
            repo.WriteAdr("0009-errors.md", "---\nid: ADR-0009\ntitle: Problem details\nstatus: accepted\n---\n# Problem details\n");
            repo.WriteAdr("0003-logging.md", "---\nid: ADR-0003\ntitle: Structured logging\nstatus: accepted\n---\n# Structured logging\n");
        }

        repo.Write("src/App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
        repo.Write("src/App/Order.cs", "namespace Acme.Domain;\n\ninternal sealed class Order\n{\n}\n");
        return repo;
    }
}
