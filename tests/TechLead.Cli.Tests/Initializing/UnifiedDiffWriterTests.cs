using TechLead.Cli.Initializing;

namespace TechLead.Cli.Tests.Initializing;

public sealed class UnifiedDiffWriterTests
{
    [Fact]
    public void A_new_file_is_all_added_lines_against_dev_null()
    {
        Assert.Equal(
            "--- /dev/null\n+++ b/docs/adr/README.md\n@@ -0,0 +1,2 @@\n+# ADRs\n+\n",
            UnifiedDiffWriter.Of("docs/adr/README.md", null, "# ADRs\n\n"));
    }

    [Fact]
    public void Changes_far_apart_are_separate_hunks_with_three_lines_of_context()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        var after = "1\nA\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\nB\n12\n";

        Assert.Equal(
            "--- a/f\n+++ b/f\n" +
            "@@ -1,4 +1,5 @@\n 1\n+A\n 2\n 3\n 4\n" +
            "@@ -9,4 +10,5 @@\n 9\n 10\n 11\n+B\n 12\n",
            UnifiedDiffWriter.Of("f", before, after));
    }

    [Fact]
    public void A_replaced_line_is_removed_then_added_and_a_missing_final_newline_is_marked()
    {
        Assert.Equal(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n",
            UnifiedDiffWriter.Of("f", "a\nb", "a\nc\n"));
    }
}
