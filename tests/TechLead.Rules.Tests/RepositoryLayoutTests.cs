using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests;

/// <summary>The one rule for where the ADRs, the repository root and the baseline are; the package props must agree.</summary>
public sealed class RepositoryLayoutTests
{
    private static readonly string Repo = Path.Combine(Path.GetTempPath(), "layout", "repo");

    [Fact]
    public void The_start_folder_is_searched_first_then_each_folder_above_it()
    {
        var start = Path.Combine(Repo, "src", "App");
        var existing = new HashSet<string> { Path.Combine(Repo, "docs", "adr"), Path.Combine(Repo, "src", "docs", "adr") };

        Assert.Equal(Path.Combine(Repo, "src", "docs", "adr"), RepositoryLayout.FindAdrDirectory(start, existing.Contains));
        Assert.Equal(Path.Combine(start, "docs", "adr"), RepositoryLayout.FindAdrDirectory(start, _ => true));
        Assert.Equal(Path.Combine(Repo, "docs", "adr"), RepositoryLayout.FindAdrDirectory(Repo + Path.DirectorySeparatorChar, existing.Contains));
    }

    [Fact]
    public void The_search_stops_after_the_levels_the_package_props_spell_out()
    {
        var deepest = Enumerable.Range(1, RepositoryLayout.SearchedLevelsAbove).Aggregate(Repo, (path, level) => Path.Combine(path, "l" + level));
        var asked = new List<string>();

        Assert.Equal(Path.Combine(Repo, "docs", "adr"), RepositoryLayout.FindAdrDirectory(deepest, p => p == Path.Combine(Repo, "docs", "adr")));
        Assert.Null(RepositoryLayout.FindAdrDirectory(Path.Combine(deepest, "one-more"), p => { asked.Add(p); return p == Path.Combine(Repo, "docs", "adr"); }));
        Assert.Equal(RepositoryLayout.SearchedLevelsAbove + 1, asked.Count);
    }

    [Fact]
    public void Nothing_found_is_null()
    {
        Assert.Null(RepositoryLayout.FindAdrDirectory(Repo, _ => false));
    }

    [Theory]
    [InlineData("docs/adr", "")]
    [InlineData("docs/adr/", "")]
    [InlineData("Docs/ADR", "")]
    [InlineData("docs/decisions", "")]
    [InlineData("handbook/docs/adr", "handbook")]
    [InlineData("architecture/decisions", "architecture")]
    [InlineData("decisions", "")]
    public void The_repository_root_is_the_folder_that_holds_docs_else_the_adr_folders_parent(string adrDirectory, string expectedRoot)
    {
        var adr = Path.Combine(Repo, adrDirectory.Replace('/', Path.DirectorySeparatorChar));

        Assert.Equal(Path.Combine(Repo, expectedRoot.Replace('/', Path.DirectorySeparatorChar)).TrimEnd(Path.DirectorySeparatorChar), RepositoryLayout.RepositoryRootOf(adr));
    }

    [Fact]
    public void The_baseline_defaults_to_the_repository_root()
    {
        Assert.Equal(Path.Combine(Repo, "techlead.baseline.json"), RepositoryLayout.DefaultBaselinePath(Repo));
    }

    [Fact]
    public void The_package_props_search_as_many_levels_and_derive_the_root_from_the_docs_parent()
    {
        var props = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TechLead.Analyzers.Package", "build", "TechLead.Analyzers.props"));
        var targets = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "TechLead.Analyzers.Package", "build", "TechLead.Analyzers.targets"));

        var searched = Regex.Matches(props, @"Exists\('\$\(_TechLeadSearch(\d+)\)docs/adr'\)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(Enumerable.Range(0, RepositoryLayout.SearchedLevelsAbove + 1), searched);
        Assert.Contains("'$(_TechLeadAdrParentName)' == 'docs'", props, System.StringComparison.Ordinal);
        Assert.Contains("'$(_TechLeadAdrParentName)' == 'docs'", targets, System.StringComparison.Ordinal);
        Assert.Contains(RepositoryLayout.BaselineFileName + "</TechLeadBaseline>", props, System.StringComparison.Ordinal);
    }
}
