using TechLead.Cli.Changes;

namespace TechLead.Cli.Tests.Changes;

public sealed class GitDiffReaderTests
{
    [Fact]
    public void Reads_added_lines_per_hunk_new_files_and_skips_deletions()
    {
        const string diff = """
            diff --git a/src/Edited.cs b/src/Edited.cs
            index 1111111..2222222 100644
            --- a/src/Edited.cs
            +++ b/src/Edited.cs
            @@ -3 +3 @@ namespace A;
            -old
            +new
            @@ -10,0 +11,2 @@ class C
            ++++ looks like a header
            +--- and so does this
            @@ -20,3 +22,0 @@
            -gone
            -gone
            -gone
            diff --git a/src/New.cs b/src/New.cs
            new file mode 100644
            --- /dev/null
            +++ b/src/New.cs
            @@ -0,0 +1,4 @@
            +a
            diff --git a/src/Deleted.cs b/src/Deleted.cs
            deleted file mode 100644
            --- a/src/Deleted.cs
            +++ /dev/null
            @@ -1,2 +0,0 @@
            -x
            -y
            """;

        var lines = GitDiffReader.Parse(diff.ReplaceLineEndings("\r\n"));

        Assert.Equal([(3, 3), (11, 12)], lines.RangesOf("src/Edited.cs"));
        Assert.Equal(["src/New.cs"], lines.WholeFiles);
        Assert.Equal(["src/Edited.cs", "src/New.cs"], lines.Files);
        Assert.True(lines.Touches("src/Edited.cs", 12, 12));
        Assert.True(lines.Touches("src/Edited.cs", 1, 3));
        Assert.False(lines.Touches("src/Edited.cs", 4, 10));
        Assert.False(lines.Touches("src/Edited.cs", 22, 22));
        Assert.True(lines.Touches("src/New.cs", 400, 400));
        Assert.False(lines.Touches("src/Deleted.cs", 1, 1));
    }

    [Theory]
    [InlineData("b/plain.cs", "b/plain.cs")]
    [InlineData("\"b/with \\\"quote\\\".cs\"", "b/with \"quote\".cs")]
    [InlineData("\"b/tab\\there.cs\"", "b/tab\there.cs")]
    [InlineData("\"b/caf\\303\\251.cs\"", "b/café.cs")]
    public void Unquotes_c_style_names_as_git_writes_them(string written, string expected) =>
        Assert.Equal(expected, GitDiffReader.Unquote(written));
}
