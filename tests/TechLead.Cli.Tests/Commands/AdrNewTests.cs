using System;
using System.Globalization;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

public sealed class AdrNewTests
{
    [Fact]
    public void Writes_the_next_numbered_madr_file_with_front_matter_and_sections()
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0007-existing.md", "---\nid: ADR-0007\ntitle: Existing\nstatus: accepted\nenforcement: \"manual: review\"\n---\n");

        var run = repo.Run("adr", "new", "Use PostgreSQL for orders!", "--category", "one-way-door");

        Assert.True(run.ExitCode == 0, run.ToString());
        var path = Path.Combine(repo.AdrDirectory, "0008-use-postgresql-for-orders.md");
        Assert.Equal($"created ADR-0008: {Path.Combine("docs", "adr", "0008-use-postgresql-for-orders.md")}", run.StdoutLines.Single());
        var lines = File.ReadAllLines(path);
        Assert.Equal(
            ["---", "id: ADR-0008", "title: Use PostgreSQL for orders!", "status: proposed", $"date: {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", "decision-makers: []", "category: one-way-door"],
            lines.Take(7));
        Assert.Contains("# rules:", lines);
        foreach (var section in new[] { "## Context and Problem Statement", "## Decision Drivers", "## Considered Options", "## Decision Outcome", "### Consequences", "### Confirmation" })
        {
            Assert.Contains(section, lines);
        }

        Assert.Contains("    ```techlead", lines);
    }

    [Fact]
    public void The_template_has_no_active_rules_and_validates_clean()
    {
        using var repo = new TempRepo();

        Assert.Equal(0, repo.Run("adr", "new", "Title: with colon", "--status", "accepted").ExitCode);

        var validate = repo.Run("rules", "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("1 ADR file(s), 0 rule(s): 0 error(s), 0 warning(s)", validate.StdoutLines.Last());
        var list = repo.Run("adr", "list");
        Assert.Equal("ADR-0001  accepted      0  Title: with colon  (unenforced)", list.StdoutLines[1]);
    }

    [Fact]
    public void The_templates_example_rules_validate_clean_once_uncommented_and_name_real_members()
    {
        using var repo = new TempRepo();
        Assert.Equal(0, repo.Run("adr", "new", "Examples", "--status", "accepted").ExitCode);
        var path = Path.Combine(repo.AdrDirectory, "0001-examples.md");

        File.WriteAllText(path, Uncommented(File.ReadAllText(path)));

        var validate = repo.Run("rules", "validate");
        Assert.True(validate.ExitCode == 0, validate.ToString());
        Assert.Equal("1 ADR file(s), 2 rule(s): 0 error(s), 0 warning(s)", validate.StdoutLines.Last());
        var set = TechLead.Rules.AdrSet.Load([new TechLead.Rules.AdrSourceFile(path, File.ReadAllText(path))]);
        var replacements = set.Rules.OfType<TechLead.Rules.Model.BannedApiRule>().SelectMany(r => r.Apis).Select(a => a.UseInstead).ToList();
        Assert.Equal(["M:System.TimeProvider.GetUtcNow"], replacements);
        Assert.NotNull(typeof(TimeProvider).GetMethod("GetUtcNow", Type.EmptyTypes));
    }

    /// <summary>What a user does to the template: front-matter rules without '# ', the techlead block out of its comment.</summary>
    private static string Uncommented(string template)
    {
        var lines = template.Split('\n').ToList();
        var frontMatterEnd = lines.IndexOf("---", 1);
        for (var i = 1; i < frontMatterEnd; i++)
        {
            lines[i] = lines[i].StartsWith("# ", StringComparison.Ordinal) ? lines[i][2..] : lines[i];
        }

        var commentStart = lines.FindIndex(l => l.StartsWith("<!-- How compliance", StringComparison.Ordinal));
        var commentEnd = lines.FindIndex(commentStart, l => l == "-->");
        var block = lines.Skip(commentStart).Take(commentEnd - commentStart)
            .SkipWhile(l => l != "    ```techlead").TakeWhile(l => l != "    ```").Append("    ```")
            .Select(l => l[4..]).ToList();
        Assert.Equal("```techlead", block[0]);
        lines.RemoveRange(commentStart, commentEnd - commentStart + 1);
        lines.InsertRange(commentStart, block);
        return string.Join('\n', lines);
    }

    [Fact]
    public void Creates_docs_adr_when_the_repository_has_none()
    {
        var root = Directory.CreateTempSubdirectory("techlead-new-").FullName;
        try
        {
            var run = TechLeadTool.Run(root, "adr", "new", "First decision");

            Assert.Equal(0, run.ExitCode);
            Assert.True(File.Exists(Path.Combine(root, "docs", "adr", "0001-first-decision.md")));
            Assert.Contains("category: two-way-door", File.ReadAllText(Path.Combine(root, "docs", "adr", "0001-first-decision.md")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Theory]
    [InlineData("--status", "maybe", "unknown status 'maybe'; use one of proposed, accepted, deprecated, rejected, superseded")]
    [InlineData("--category", "revolving-door", "unknown category 'revolving-door'; use one-way-door or two-way-door")]
    public void Bad_choices_are_bad_input(string option, string value, string message)
    {
        using var repo = new TempRepo();

        repo.Run("adr", "new", "X", option, value).AssertBadInput(message);
        Assert.Empty(Directory.GetFiles(repo.AdrDirectory));
    }
}
