using TechLead.Rules.Ownership;

namespace TechLead.Rules.Tests.Ownership;

/// <summary>The path matching of CODEOWNERS patterns, case by case; the GitHub documentation's examples are among them.</summary>
public sealed class CodeOwnersPatternTests
{
    [Theory]
    // No slash: any depth, the file itself or anything in a folder of that name.
    [InlineData("*", "README.md", true)]
    [InlineData("*", "src/Shop.Domain/Order.cs", true)]
    [InlineData("*.js", "app.js", true)]
    [InlineData("*.js", "web/scripts/app.js", true)]
    [InlineData("*.js", "web/scripts/app.ts", false)]
    [InlineData("*.js", "web/app.jsx", false)]
    [InlineData("Order.cs", "src/Shop.Domain/Order.cs", true)]
    [InlineData("Order.cs", "src/Shop.Domain/Order.cs.bak", false)]
    [InlineData("logs", "build/logs/today.txt", true)]
    // Trailing slash: only what is inside a folder of that name, at any depth.
    [InlineData("apps/", "apps/web/index.ts", true)]
    [InlineData("apps/", "services/apps/x.cs", true)]
    [InlineData("apps/", "apps", false)]
    [InlineData("apps/", "myapps/x.cs", false)]
    // Leading slash: anchored at the root.
    [InlineData("/docs/", "docs/getting-started.md", true)]
    [InlineData("/docs/", "docs/build-app/troubleshooting.md", true)]
    [InlineData("/docs/", "src/docs/readme.md", false)]
    [InlineData("/build/logs/", "build/logs/a/b.log", true)]
    [InlineData("/build/logs/", "x/build/logs/b.log", false)]
    [InlineData("/apps/github", "apps/github/x.rb", true)]
    [InlineData("/apps/github", "apps/github", true)]
    [InlineData("/apps/github", "apps/githubber/x.rb", false)]
    [InlineData("/README.md", "README.md", true)]
    [InlineData("/README.md", "docs/README.md", false)]
    // A slash inside anchors too.
    [InlineData("docs/*", "docs/getting-started.md", true)]
    [InlineData("docs/*", "docs/build-app/troubleshooting.md", false)]
    [InlineData("docs/*", "src/docs/getting-started.md", false)]
    [InlineData("src/Shop.Api", "src/Shop.Api/Program.cs", true)]
    [InlineData("src/Shop.Api", "other/src/Shop.Api/Program.cs", false)]
    [InlineData("src/*/Program.cs", "src/Shop.Api/Program.cs", true)]
    [InlineData("src/*/Program.cs", "src/a/b/Program.cs", false)]
    // '**' spans folders.
    [InlineData("**/logs", "build/logs/x.log", true)]
    [InlineData("**/logs", "logs/x.log", true)]
    [InlineData("**/logs", "deeply/nested/logs/x.log", true)]
    [InlineData("**/logs", "deeply/nested/catalogs/x.log", false)]
    [InlineData("src/**/Db", "src/Shop.Infrastructure/Db/ShopContext.cs", true)]
    [InlineData("src/**/Db", "src/Db/ShopContext.cs", true)]
    [InlineData("src/**/*.cs", "src/a/b/c.cs", true)]
    [InlineData("docs/**", "docs/a/b.md", true)]
    [InlineData("docs/**", "docs", false)]
    [InlineData("/**/**/x.cs", "a/b/x.cs", true)]
    [InlineData("**", "anything/at/all.txt", true)]
    // '?', classes and escapes stay within one name.
    [InlineData("file?.cs", "file1.cs", true)]
    [InlineData("file?.cs", "file10.cs", false)]
    [InlineData("a?b", "a/b", false)]
    [InlineData("[Dd]ocs/", "Docs/a.md", true)]
    [InlineData("[Dd]ocs/", "docs/a.md", true)]
    [InlineData("[Dd]ocs/", "Xocs/a.md", false)]
    [InlineData("v[0-9].txt", "v7.txt", true)]
    [InlineData("v[0-9].txt", "vx.txt", false)]
    [InlineData("v[!0-9].txt", "vx.txt", true)]
    [InlineData("\\#notes.md", "#notes.md", true)]
    [InlineData("my\\ file.txt", "docs/my file.txt", true)]
    [InlineData("\\*.txt", "*.txt", true)]
    [InlineData("\\*.txt", "a.txt", false)]
    // Case-sensitive, like git paths.
    [InlineData("/Docs/", "docs/a.md", false)]
    public void Matches_paths_like_github(string pattern, string path, bool expected)
    {
        Assert.True(CodeOwnersPattern.TryParse(pattern, out var compiled, out var error), error);
        Assert.Equal(expected, compiled.IsMatch(path));
    }

    [Theory]
    [InlineData("!docs/", "'!docs/': CODEOWNERS has no negation; list the path with no owners to leave it unowned")]
    [InlineData("/", "'/' names no file; write '*' for every file")]
    [InlineData("//", "'//' names no file; write '*' for every file")]
    [InlineData("src/[abc", "'src/[abc' has a '[' without its ']'; write '\\[' for a literal bracket")]
    [InlineData("src\\", "'src\\' ends with a lone '\\'; escape a character with it, e.g. '\\#file'")]
    public void Rejects_what_it_cannot_match_with_what_to_write(string pattern, string message)
    {
        Assert.False(CodeOwnersPattern.TryParse(pattern, out var compiled, out var error));
        Assert.Null(compiled);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Many_stars_against_a_long_name_stay_fast()
    {
        Assert.True(CodeOwnersPattern.TryParse("**/*a*a*a*a*a*a*a*a*b/**/*a*a*a*b", out var pattern, out _));
        var path = string.Join("/", System.Linq.Enumerable.Repeat(new string('a', 200), 30));

        Assert.False(pattern.IsMatch(path));
    }
}
