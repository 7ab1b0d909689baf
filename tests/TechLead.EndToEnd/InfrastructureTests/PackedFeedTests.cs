using System.IO;
using TechLead.EndToEnd.Infrastructure;
using TechLead.EndToEnd.LocalFeed;

namespace TechLead.EndToEnd.InfrastructureTests;

/// <summary>When the shared feed is packed again: exactly when a file the pack reads changes.</summary>
public sealed class PackedFeedTests
{
    [Fact]
    public void The_source_stamp_changes_with_the_content_of_a_source_file_and_of_a_root_build_file()
    {
        using var repository = Checkout();
        var before = PackedFeed.SourceStamp(repository.Path);

        repository.WriteFile("src/Lib/Lib.cs", "class Lib { int x; }\n");
        var afterSource = PackedFeed.SourceStamp(repository.Path);
        repository.WriteFile("Directory.Build.props", "<Project><PropertyGroup><Version>0.2.0</Version></PropertyGroup></Project>\n");
        var afterProps = PackedFeed.SourceStamp(repository.Path);

        Assert.NotEqual(before, afterSource);
        Assert.NotEqual(afterSource, afterProps);
    }

    [Fact]
    public void The_source_stamp_changes_when_a_source_file_is_renamed_or_an_adr_is_added()
    {
        using var repository = Checkout();
        var before = PackedFeed.SourceStamp(repository.Path);

        File.Move(repository.Combine("src", "Lib", "Lib.cs"), repository.Combine("src", "Lib", "Library.cs"));
        var afterRename = PackedFeed.SourceStamp(repository.Path);
        repository.WriteFile("rules/0002-more.md", "# More\n");

        Assert.NotEqual(before, afterRename);
        Assert.NotEqual(afterRename, PackedFeed.SourceStamp(repository.Path));
    }

    [Fact]
    public void Build_outputs_tests_and_docs_leave_the_source_stamp_as_it_was()
    {
        using var repository = Checkout();
        var before = PackedFeed.SourceStamp(repository.Path);

        repository.WriteFile("src/Lib/bin/Debug/Lib.dll", "binary");
        repository.WriteFile("src/Lib/obj/project.assets.json", "{}");
        repository.WriteFile("tests/LibTests/LibTests.cs", "class LibTests { }\n");
        repository.WriteFile("docs/page.md", "# Page\n");

        Assert.Equal(before, PackedFeed.SourceStamp(repository.Path));
    }

    private static TempDirectory Checkout()
    {
        var repository = TempDirectory.Create("packed-feed");
        repository.WriteFile("TechLead.sln", "solution\n");
        repository.WriteFile("Directory.Build.props", "<Project />\n");
        repository.WriteFile("src/Lib/Lib.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />\n");
        repository.WriteFile("src/Lib/Lib.cs", "class Lib { }\n");
        repository.WriteFile("rules/0001-layers.md", "# Layers\n");
        return repository;
    }
}
