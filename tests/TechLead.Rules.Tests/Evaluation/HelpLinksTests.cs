using TechLead.Rules.Evaluation;

namespace TechLead.Rules.Tests.Evaluation;

/// <summary>The one help-link rule of docs/getting-started.md, as the analyzer, the fitness tests and the CLI use it.</summary>
public sealed class HelpLinksTests
{
    [Theory]
    [InlineData("https://github.com/acme/shop/blob/main/")]
    [InlineData("https://github.com/acme/shop/blob/main")]
    [InlineData(" https://github.com/acme/shop/blob/main/ ")]
    public void Base_url_plus_the_path_relative_to_the_root_with_or_without_a_trailing_slash(string baseUrl)
    {
        Assert.Equal(
            "https://github.com/acme/shop/blob/main/docs/adr/0007-domain.md#domain-no-infra",
            HelpLinks.For("/repo/docs/adr/0007-domain.md", "domain-no-infra", baseUrl, "/repo"));
    }

    [Theory]
    [InlineData("/repo/")]
    [InlineData("/repo")]
    public void The_root_may_end_in_a_separator(string root)
    {
        Assert.Equal("https://x.test/docs/adr/0007.md#r", HelpLinks.For("/repo/docs/adr/0007.md", "r", "https://x.test/", root));
    }

    [Fact]
    public void Windows_paths_use_forward_slashes_and_compare_drive_paths_case_insensitively()
    {
        Assert.Equal(
            "https://x.test/main/docs/adr/0007-domain.md#r",
            HelpLinks.For(@"C:\Src\Shop\docs\adr\0007-domain.md", "r", "https://x.test/main", @"c:\src\shop\"));
    }

    [Theory]
    [InlineData("plain-id_1.2~x")]
    [InlineData("a b#c?d/e\\f%g+h&i=j:k@l!m$n'o(p)q*r,s;t[u]v{w}x|y^z`\"<>")]
    [InlineData("Größe-façade-日本語-Ωmega")]
    [InlineData("emoji-\U0001F600-end")]
    [InlineData("lone-high-\uD83D-and-lone-low-\uDE00")]
    [InlineData("\u0000\u0001\u007F\u0080\u07FF\u0800\uFFFD\uFFFF")]
    [InlineData("")]
    public void Escaping_is_what_uri_escape_data_string_returns(string value)
    {
        Assert.Equal(System.Uri.EscapeDataString(value), HelpLinks.EscapeDataString(value));
    }

    [Fact]
    public void Escaping_agrees_with_uri_escape_data_string_on_every_character_of_the_basic_plane()
    {
        var all = new System.Text.StringBuilder();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            all.Append((char)c).Append('-');
        }

        var text = all.ToString();
        Assert.Equal(System.Uri.EscapeDataString(text), HelpLinks.EscapeDataString(text));
    }

    [Fact]
    public void Spaces_and_other_reserved_characters_in_the_path_are_escaped()
    {
        Assert.Equal(
            "https://x.test/docs/my%20adrs/0007%20domain%20%23one.md#r",
            HelpLinks.For("/repo/docs/my adrs/0007 domain #one.md", "r", "https://x.test/", "/repo"));
    }

    [Fact]
    public void Without_a_base_url_it_is_the_file_uri_of_the_adr()
    {
        Assert.Equal("file:///repo/docs/adr/0007-domain.md#domain-no-infra", HelpLinks.For("/repo/docs/adr/0007-domain.md", "domain-no-infra", null, "/repo"));
        Assert.Equal("file:///repo/docs/adr/0007-domain.md#r", HelpLinks.For("/repo/docs/adr/0007-domain.md", "r", "  ", "/repo"));
    }

    [Fact]
    public void File_uris_of_windows_and_unc_paths_escape_spaces()
    {
        Assert.Equal("file:///C:/My%20Repo/docs/adr/0007%20x.md#r", HelpLinks.For(@"C:\My Repo\docs\adr\0007 x.md", "r", null, null));
        Assert.Equal("file://server/share/docs/adr/0007.md#r", HelpLinks.For(@"\\server\share\docs\adr\0007.md", "r", null, null));
        Assert.Equal("file:///home/ana/my%20repo/docs/adr/0007.md#r", HelpLinks.For("/home/ana/my repo/docs/adr/0007.md", "r", null, "/home/ana/my repo"));
    }

    [Fact]
    public void An_adr_outside_the_root_or_without_a_root_links_to_its_file()
    {
        Assert.Equal("file:///elsewhere/0007.md#r", HelpLinks.For("/elsewhere/0007.md", "r", "https://x.test/", "/repo"));
        Assert.Equal("file:///repo2/docs/adr/0007.md#r", HelpLinks.For("/repo2/docs/adr/0007.md", "r", "https://x.test/", "/repo"));
        Assert.Equal("file:///repo/docs/adr/0007.md#r", HelpLinks.For("/repo/docs/adr/0007.md", "r", "https://x.test/", null));
    }

    [Fact]
    public void A_relative_path_without_a_base_url_has_no_link()
    {
        Assert.Equal(string.Empty, HelpLinks.For("docs/adr/0007.md", "r", null, null));
    }
}
