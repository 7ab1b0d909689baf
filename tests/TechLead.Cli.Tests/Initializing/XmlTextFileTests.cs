using System.IO;
using System.Linq;
using TechLead.Cli.Infrastructure;
using TechLead.Cli.Initializing;

namespace TechLead.Cli.Tests.Initializing;

public sealed class XmlTextFileTests
{
    [Fact]
    public void An_empty_element_is_opened_to_take_the_new_children()
    {
        var file = XmlTextFile.FromText("NuGet.config", "<configuration>\n    <packageSources/>\n</configuration>\n", "configuration");

        var text = file.InsertAtEndOf(file.Root.Elements().Single(), "<add key=\"a\" value=\"b\" />");

        Assert.Equal("<configuration>\n    <packageSources>\n        <add key=\"a\" value=\"b\" />\n    </packageSources>\n</configuration>\n", text);
    }

    [Fact]
    public void An_end_tag_after_other_content_on_its_line_gets_the_new_lines_before_it()
    {
        var file = XmlTextFile.FromText("Directory.Build.props", "<Project><PropertyGroup /></Project>", "Project");

        Assert.Equal("<Project><PropertyGroup />\n  <ItemGroup />\n</Project>", file.InsertAtEndOf(file.Root, "<ItemGroup />"));
    }

    [Fact]
    public void The_msbuild_namespace_of_old_project_files_is_inherited_by_the_inserted_text()
    {
        const string Text = "<Project ToolsVersion=\"15.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n  <!-- </Project> in a comment -->\n</Project>\n";
        var file = XmlTextFile.FromText("Directory.Build.props", Text, "Project");

        var text = file.InsertAtEndOf(file.Root, "<ItemGroup />");

        Assert.Equal("<Project ToolsVersion=\"15.0\" xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\">\n  <!-- </Project> in a comment -->\n  <ItemGroup />\n</Project>\n", text);
        Assert.Equal("http://schemas.microsoft.com/developer/msbuild/2003", XmlTextFile.FromText("x", text, "Project").Root.Elements().Single().Name.NamespaceName);
    }

    [Fact]
    public void Malformed_xml_names_the_file_and_line()
    {
        var error = Assert.Throws<BadInputException>(() => XmlTextFile.FromText(Path.Combine("repo", "Directory.Build.props"), "<Project>\n\n  <A>\n</Project>\n", "Project"));

        Assert.StartsWith(Path.Combine("repo", "Directory.Build.props") + ":4: not well-formed XML (", error.Message, System.StringComparison.Ordinal);
    }
}
