using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// <c>--adr-base-url</c> built from a CI variable that is unset (docs/ci): one line, exit 2, before the solution is
/// loaded, instead of a run whose every link points nowhere.
/// </summary>
public sealed class AdrBaseUrlBadInputTests
{
    private const string Fix = "; build it from the CI's variables (e.g. ${GITHUB_SERVER_URL}/${GITHUB_REPOSITORY}/blob/${GITHUB_SHA}) or leave the option out for file:/// links";

    [Theory]
    [InlineData("", "--adr-base-url is empty: the variable it is built from is probably unset")]
    [InlineData("  ", "--adr-base-url is empty: the variable it is built from is probably unset")]
    [InlineData("/blob/", "--adr-base-url '/blob/' is not an http(s) URL: a variable it is built from is probably unset")]
    [InlineData("//blob/", "--adr-base-url '//blob/' is not an http(s) URL: a variable it is built from is probably unset")]
    [InlineData("?version=GC&path=/", "--adr-base-url '?version=GC&path=/' is not an http(s) URL: a variable it is built from is probably unset")]
    [InlineData("https://github.com//blob/0123abc", "--adr-base-url 'https://github.com//blob/0123abc' has an empty path segment ('//'): a variable it is built from is probably unset")]
    [InlineData("$(Build.Repository.Uri)?version=GC$(Build.SourceVersion)&path=/", "--adr-base-url '$(Build.Repository.Uri)?version=GC$(Build.SourceVersion)&path=/' holds '$(Build.Repository.Uri)', a variable that was not expanded")]
    [InlineData("${CI_PROJECT_URL}/-/blob/${CI_COMMIT_SHA}", "--adr-base-url '${CI_PROJECT_URL}/-/blob/${CI_COMMIT_SHA}' holds '${CI_PROJECT_URL}', a variable that was not expanded")]
    [InlineData("https://github.com/acme/shop/blob/$GITHUB_SHA", "holds '$GITHUB_SHA', a variable that was not expanded")]
    [InlineData("https://dev.azure.com/acme/shop/_git/shop?version=GC%BUILD_SOURCEVERSION%", "holds '%BUILD_SOURCEVERSION%', a variable that was not expanded")]
    public void A_base_url_from_an_unset_variable_is_bad_input_before_anything_loads(string value, string expected)
    {
        using var repo = new TempRepo();
        // No solution: the URL is judged first, so the error is about it and not about the missing solution.
        repo.Run("check", "--adr-base-url", value).AssertBadInput(expected + Fix);
    }

    [Fact]
    public void A_file_url_is_bad_input_with_where_links_should_go()
    {
        using var repo = new TempRepo();

        repo.Run("check", "--adr-base-url", "file:///work/shop/").AssertBadInput("--adr-base-url 'file:///work/shop/' is a file URL; links go to the hosted repository: build it from");
    }

    [Theory]
    [InlineData("report")]
    [InlineData("impact")]
    [InlineData("baseline")]
    public void Every_command_that_takes_the_option_says_the_same(string command)
    {
        using var repo = new TempRepo();
        repo.WriteAdr("0001-a.md", "---\nid: ADR-0001\ntitle: A\nstatus: proposed\n---\n");
        string[] arguments = command switch
        {
            "impact" => ["impact", "ADR-0001", "--adr-base-url", "/blob/"],
            "baseline" => ["baseline", "create", "--adr-base-url", "/blob/"],
            _ => [command, "--adr-base-url", "/blob/"],
        };

        repo.Run(arguments).AssertBadInput("--adr-base-url '/blob/' is not an http(s) URL");
    }

    [Theory]
    [InlineData("https://github.com/acme/shop/blob/0123abc")]
    [InlineData("https://dev.azure.com/acme/shop/_git/shop?version=GC0123abc&path=/")]
    [InlineData("https://gitlab.example.com/acme/shop/-/blob/0123abc/")]
    [InlineData("http://git.internal:8080/shop/blob/v1.2%20rc/")]
    public void A_hosted_repository_url_gets_past_the_check(string value)
    {
        using var repo = new TempRepo();

        // The run goes on to look for the solution: the URL was accepted.
        repo.Run("check", "--adr-base-url", value).AssertBadInput("no .sln, .slnx or .csproj in '.'");
    }
}
