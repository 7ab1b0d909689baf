using System.IO;
using TechLead.EndToEnd.Infrastructure;

namespace TechLead.EndToEnd.InfrastructureTests;

public sealed class RepoPathsTests
{
    [Fact]
    public void Root_is_the_folder_holding_the_solution_and_the_analyzer_package_project()
    {
        Assert.True(File.Exists(Path.Combine(RepoPaths.Root, "TechLead.sln")));
        Assert.True(File.Exists(RepoPaths.AnalyzerPackageProject), RepoPaths.AnalyzerPackageProject);
    }

    [Fact]
    public void Finds_the_nearest_solution_above_a_nested_folder()
    {
        using var directory = TempDirectory.Create("repo-paths");
        directory.WriteFile("TechLead.sln", string.Empty);
        var nested = Directory.CreateDirectory(directory.Combine("tests", "X", "bin", "Debug")).FullName;

        Assert.Equal(directory.Path, RepoPaths.FindRoot(nested));
    }

    [Fact]
    public void Without_a_solution_above_it_says_where_it_looked()
    {
        using var directory = TempDirectory.Create("repo-paths");

        var error = Assert.Throws<DirectoryNotFoundException>(() => RepoPaths.FindRoot(directory.Path));

        Assert.Contains(directory.Path, error.Message, System.StringComparison.Ordinal);
    }
}
