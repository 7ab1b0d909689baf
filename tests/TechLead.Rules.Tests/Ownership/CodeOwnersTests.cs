using System.Linq;
using TechLead.Rules.Ownership;

namespace TechLead.Rules.Tests.Ownership;

/// <summary>Reading whole CODEOWNERS files: comments, last match wins, unowned lines, GitLab sections, bad lines.</summary>
public sealed class CodeOwnersTests
{
    private const string GitHubFile = """
        # Global owners, overridden below.
        *       @acme/platform

        # Order matters: the last matching pattern wins.
        /src/Shop.Domain/        @acme/orders   @ana
        /src/Shop.Domain/Legacy/
        *.md                     docs@acme.example   # inline comment
        /src/Shop.Api/           @acme/web
        /src/Shop.Api/Admin/     @acme/ops
        \#hash.txt               @acme/hash
        """;

    [Theory]
    [InlineData("README.md", "docs@acme.example")]
    [InlineData("src/Shop.Domain/Order.cs", "@acme/orders @ana")]
    [InlineData("src/Shop.Domain/Notes.md", "docs@acme.example")]
    [InlineData("src/Shop.Domain/Legacy/Old.cs", "")]
    [InlineData("src/Shop.Api/Program.cs", "@acme/web")]
    [InlineData("src/Shop.Api/Admin/Users.cs", "@acme/ops")]
    [InlineData("src/Shop.Infrastructure/Db.cs", "@acme/platform")]
    [InlineData("#hash.txt", "@acme/hash")]
    public void The_last_matching_line_wins_and_a_line_without_owners_unowns(string path, string owners) =>
        Assert.Equal(owners, string.Join(" ", CodeOwners.Parse(GitHubFile).OwnersOf(path)));

    [Fact]
    public void Comments_blank_lines_and_crlf_are_not_entries()
    {
        var owners = CodeOwners.Parse(GitHubFile.Replace("\n", "\r\n"));

        Assert.Equal([2, 5, 6, 7, 8, 9, 10], owners.Entries.Select(e => e.Line));
        Assert.Equal(["docs@acme.example"], owners.Entries.Single(e => e.Pattern.Text == "*.md").Owners);
        Assert.Empty(owners.Problems);
    }

    private const string GitLabFile = """
        * @acme/platform

        [Documentation] @acme/docs
        *.md
        /docs/internal/ @acme/security

        ^[Backend][2] @acme/backend
        /src/
        /src/Shop.Api/ @acme/web @acme/backend

        [documentation]
        /README.md @acme/marketing

        [Empty Section]
        /src/Shop.Domain/
        """;

    [Theory]
    // Each section decides on its own (last match within it); the file gets every section's owners, in order.
    [InlineData("src/Shop.Domain/Order.cs", "@acme/platform @acme/backend")]
    [InlineData("src/Shop.Domain/Order.md", "@acme/platform @acme/docs @acme/backend")]
    [InlineData("src/Shop.Api/Program.cs", "@acme/platform @acme/web @acme/backend")]
    [InlineData("docs/internal/keys.md", "@acme/platform @acme/security")]
    // A section named twice (any letter case) is one section: its later line wins.
    [InlineData("README.md", "@acme/platform @acme/marketing")]
    [InlineData("build.sh", "@acme/platform")]
    public void GitLab_sections_each_decide_and_their_owners_add_up(string path, string owners) =>
        Assert.Equal(owners, string.Join(" ", CodeOwners.Parse(GitLabFile).OwnersOf(path)));

    [Fact]
    public void GitLab_entries_without_owners_take_their_sections_default_owners()
    {
        var owners = CodeOwners.Parse(GitLabFile);

        Assert.Equal(
            [("*", "@acme/platform", null), ("*.md", "@acme/docs", "Documentation"), ("/docs/internal/", "@acme/security", "Documentation"), ("/src/", "@acme/backend", "Backend"), ("/src/Shop.Api/", "@acme/web @acme/backend", "Backend"), ("/README.md", "@acme/marketing", "Documentation"), ("/src/Shop.Domain/", "", "Empty Section")],
            owners.Entries.Select(e => (e.Pattern.Text, string.Join(" ", e.Owners), e.Section)));
        Assert.Empty(owners.Problems);
    }

    [Fact]
    public void Bad_lines_and_bad_owners_are_skipped_with_their_line_and_the_rest_still_counts()
    {
        var owners = CodeOwners.Parse("* @acme/platform\n!/src/ @acme/x\n/src/ @acme/web not-an-owner @ @acme/\n/lib/[x @acme/lib\n");

        Assert.Equal(
            [
                (2, "'!/src/': CODEOWNERS has no negation; list the path with no owners to leave it unowned; the line is skipped"),
                (3, "'not-an-owner' is not an owner; write @user, @org/team or an email"),
                (3, "'@' is not an owner; write @user, @org/team or an email"),
                (3, "'@acme/' is not an owner; write @user, @org/team or an email"),
                (4, "'/lib/[x' has a '[' without its ']'; write '\\[' for a literal bracket; the line is skipped"),
            ],
            owners.Problems.Select(p => (p.Line, p.Message)));
        Assert.Equal(["@acme/web"], owners.OwnersOf("src/a.cs"));
        Assert.Equal(["@acme/platform"], owners.OwnersOf("lib/a.cs"));
    }

    [Theory]
    [InlineData("@octocat", true)]
    [InlineData("@acme/web-team", true)]
    [InlineData("@group/sub/group", true)]
    [InlineData("@@developer", true)]
    [InlineData("ana.ruiz@acme.example", true)]
    [InlineData("@", false)]
    [InlineData("@@", false)]
    [InlineData("@acme//web", false)]
    [InlineData("ana@acme", false)]
    [InlineData("ana@@acme.example", false)]
    [InlineData("team", false)]
    public void Owners_are_handles_teams_roles_or_emails(string token, bool expected) =>
        Assert.Equal(expected, CodeOwners.IsOwner(token));

    [Fact]
    public void One_owner_named_twice_in_different_case_counts_once()
    {
        var owners = CodeOwners.Parse("* @Acme/Web\n[Api]\n/src/ @acme/web @acme/api\n");

        Assert.Equal(["@Acme/Web", "@acme/api"], owners.OwnersOf("src/x.cs"));
    }

    [Fact]
    public void Nothing_owns_anything_without_a_file_and_the_locations_follow_github_then_gitlab()
    {
        Assert.Empty(CodeOwners.None.OwnersOf("src/x.cs"));
        Assert.Empty(CodeOwners.Parse(string.Empty).Entries);
        Assert.Equal([".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS", ".gitlab/CODEOWNERS"], CodeOwners.Locations);
    }

    [Fact]
    public void Random_lines_of_pattern_characters_never_throw_and_every_problem_names_a_line_of_the_file()
    {
        const string alphabet = "/*?[]!^\\# @.-_aZ\t\r";
        var random = new System.Random(20261201);
        for (var file = 0; file < 2_000; file++)
        {
            var lines = Enumerable.Range(0, 1 + random.Next(6)).Select(_ => new string(Enumerable.Range(0, random.Next(24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray())).ToList();
            var owners = CodeOwners.Parse(string.Join("\n", lines));

            Assert.All(owners.Problems, p => Assert.InRange(p.Line, 1, lines.Count));
            foreach (var path in new[] { "a", "a/b.cs", "[x]/#y/z a.md", "a/a/a/a/a/a/a/a/a/a" })
            {
                Assert.All(owners.OwnersOf(path), o => Assert.True(CodeOwners.IsOwner(o), o));
            }
        }
    }
}
