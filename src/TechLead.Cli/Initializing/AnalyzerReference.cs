using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using TechLead.Cli.Infrastructure;

namespace TechLead.Cli.Initializing;

/// <summary>
/// Plans the TechLead.Analyzers reference for every project of the repository: a <c>PackageReference</c> in the
/// root <c>Directory.Build.props</c>, its version there or, under Central Package Management, as a
/// <c>PackageVersion</c> in <c>Directory.Packages.props</c>. The package's own props add the ADR files
/// as AdditionalFiles, so nothing else is needed.
/// </summary>
internal static class AnalyzerReference
{
    public const string PackageId = "TechLead.Analyzers";

    public const string BuildPropsName = "Directory.Build.props";

    public const string PackagesPropsName = "Directory.Packages.props";

    public static void Plan(string root, string version, string adrFolderForComment, List<PlannedFile> files, List<string> alreadyDone)
    {
        var buildPath = Path.Combine(root, BuildPropsName);
        var packagesPath = Path.Combine(root, PackagesPropsName);
        var build = File.Exists(buildPath) ? XmlTextFile.Read(buildPath, "Project") : null;
        var packages = File.Exists(packagesPath) ? XmlTextFile.Read(packagesPath, "Project") : null;
        var central = packages is not null && (SetsTrue(packages, "ManagePackageVersionsCentrally") || (build is not null && SetsTrue(build, "ManagePackageVersionsCentrally")));
        var comment = $"<!-- {PackageId} enforces the rules of the ADRs in {adrFolderForComment} (added by techlead init). -->";
        var reference = new XElement("PackageReference", new XAttribute("Include", PackageId));
        if (!central)
        {
            reference.Add(new XAttribute("Version", version));
        }

        reference.Add(new XAttribute("PrivateAssets", "all"));

        if (build is null)
        {
            files.Add(new PlannedFile(buildPath, null, NewBuildProps(comment, reference.ToString())));
        }
        else if (Find(build, "PackageReference") is { } existing)
        {
            alreadyDone.Add($"{PathDisplay.Relative(buildPath)}:{XmlTextFile.LineOf(existing)} already references {PackageId}");
        }
        else
        {
            files.Add(new PlannedFile(buildPath, build.Text, build.InsertAtEndOf(build.Root, "<ItemGroup>", build.Indent + comment, build.Indent + reference, "</ItemGroup>")));
        }

        if (!central)
        {
            return;
        }

        if (Find(packages!, "PackageVersion") is { } pinned)
        {
            alreadyDone.Add($"{PathDisplay.Relative(packagesPath)}:{XmlTextFile.LineOf(pinned)} already sets the version of {PackageId}");
            return;
        }

        var packageVersion = new XElement("PackageVersion", new XAttribute("Include", PackageId), new XAttribute("Version", version));
        files.Add(new PlannedFile(packagesPath, packages!.Text, packages.InsertAtEndOf(packages.Root, "<ItemGroup>", packages.Indent + packageVersion, "</ItemGroup>")));
    }

    private static string NewBuildProps(string comment, string reference) =>
        "<Project>\n" +
        "  " + comment + "\n" +
        "  <ItemGroup>\n" +
        "    " + reference + "\n" +
        "  </ItemGroup>\n" +
        "</Project>\n";

    /// <summary>The item of this kind for TechLead.Analyzers (Include or Update, any letter case), wherever it is in the file.</summary>
    private static XElement? Find(XmlTextFile file, string itemName) =>
        file.Root.Descendants().FirstOrDefault(e =>
            e.Name.LocalName == itemName
            && new[] { (string?)e.Attribute("Include"), (string?)e.Attribute("Update") }.Any(v => string.Equals(v?.Trim(), PackageId, StringComparison.OrdinalIgnoreCase)));

    private static bool SetsTrue(XmlTextFile file, string property) =>
        file.Root.Descendants().Any(e => e.Name.LocalName == property && string.Equals(e.Value.Trim(), "true", StringComparison.OrdinalIgnoreCase));
}
