using System;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// A <c>diagram</c> rule through the CLI (rules/0037): check reports the dependency the diagram has no arrow for, the
/// arrow no code follows (info) and the component that matches no type (warning); adr show counts each arrow.
/// </summary>
public sealed class CheckDiagramTests(CheckDiagramTests.CheckedModules modules, Xunit.Abstractions.ITestOutputHelper output) : IClassFixture<CheckDiagramTests.CheckedModules>
{
    private const string Adr = """
        ---
        id: ADR-0031
        title: Bounded contexts follow the context map
        status: accepted
        ---
        # Bounded contexts follow the context map

        ```mermaid
        %% techlead: context-map
        flowchart LR
          Ordering -- reads prices --> Catalog
          Shipping --> Ordering
          Billing --> Ordering
        ```

        ```techlead
        - id: context-map
          kind: diagram
          diagram: context-map
          components:
            Ordering: Shop.Modules.Ordering.**
            Catalog: Shop.Modules.Catalog.**
            Shipping: Shop.Modules.Shipping.**
            Billing: Shop.Modules.Billing.**
        ```
        """;

    [Fact]
    public void Check_reports_the_missing_arrow_as_an_error_and_the_drift_as_info_and_warning()
    {
        var run = modules.Check;

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.StdoutLines.Where(l => l.Contains(": error ", StringComparison.Ordinal) || l.Contains(": warning ", StringComparison.Ordinal) || l.Contains(": info ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [
                "src/Modules/Catalog.cs(1,120): error TL0006: [ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering (rule context-map: Bounded contexts follow the context map)",
                "docs/adr/0031-context-map.md(12,3): info TL9007: rule 'context-map': no dependency in the code follows the arrow Shipping --> Ordering of diagram 'context-map'; remove the arrow when the dependency is gone for good, so the diagram stays true",
                "docs/adr/0031-context-map.md(13,3): info TL9007: rule 'context-map': no dependency in the code follows the arrow Billing --> Ordering of diagram 'context-map'; remove the arrow when the dependency is gone for good, so the diagram stays true",
                "docs/adr/0031-context-map.md(24,5): warning TL9002: rule 'context-map': component 'Billing' (Shop.Modules.Billing.**) matches no type of the code; fix its selector, or remove the node if the component is gone",
            ],
            lines.Select(l => l.Replace('\\', '/')));
    }

    [Fact]
    public void Adr_show_prints_the_diagram_with_the_dependencies_along_each_arrow()
    {
        var run = modules.Repo.Run("adr", "show", "ADR-0031", "src/Modules/Modules.csproj", "--no-restore");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains(
            """
            Diagram 'context-map' (rule context-map, Mermaid, line 9), type dependencies per arrow:
              Ordering --> Catalog   2
              Shipping --> Ordering  0  unused: no code follows this arrow
              Billing --> Ordering   0  unused: no code follows this arrow
              Catalog --> Ordering   1  no arrow: breaks the rule
            """.ReplaceLineEndings("\n"),
            run.Stdout.ReplaceLineEndings("\n"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void Adr_show_without_a_check_lists_the_arrows()
    {
        var run = modules.Repo.Run("adr", "show", "ADR-0031", "--no-check");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("Diagram 'context-map' (rule context-map, Mermaid, line 9): 3 arrow(s), not counted (not checked)\n  Ordering --> Catalog\n  Shipping --> Ordering\n  Billing --> Ordering\n", run.Stdout.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_counts_what_the_diagram_would_flag()
    {
        var run = modules.Repo.Run("impact", "ADR-0031", "src/Modules/Modules.csproj", "--no-restore");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"(?m)^\s*context-map\s+1\s*$", run.Stdout);
        Assert.Contains("[ADR-0031] 'Shop.Modules.Catalog.Product' must not depend on 'Shop.Modules.Ordering.Cart': the diagram has no arrow Catalog --> Ordering", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void The_baseline_freezes_a_diagram_violation_by_its_types_and_hides_it()
    {
        var baseline = System.IO.Path.Combine(modules.Repo.Root, "techlead.baseline.json");
        try
        {
            var create = modules.Repo.Run("baseline", "create", "src/Modules/Modules.csproj", "--no-restore");
            var check = modules.Repo.Run("check", "src/Modules/Modules.csproj", "--no-restore");

            Assert.True(create.ExitCode == 0, create.ToString());
            Assert.Contains("\"rule\": \"context-map\",\n      \"from\": \"T:Shop.Modules.Catalog.Product\",\n      \"to\": \"T:Shop.Modules.Ordering.Cart\",\n      \"count\": 1", System.IO.File.ReadAllText(baseline).ReplaceLineEndings("\n"), StringComparison.Ordinal);
            Assert.True(check.ExitCode == 0, check.ToString());
            Assert.StartsWith("0 error(s), 1 warning(s), 2 info(s), 1 baselined", check.StdoutLines[^1], StringComparison.Ordinal);
        }
        finally
        {
            System.IO.File.Delete(baseline);
        }
    }

    [Fact]
    public void The_report_redraws_the_diagram_with_counts_unused_arrows_grey_and_breaking_edges_red()
    {
        var page = modules.Report("site-markdown");

        var section = page[page.IndexOf("## Diagrams: drawn and actual", StringComparison.Ordinal)..];
        Assert.Contains("### ADR-0031/context-map (diagram 'context-map')", section, StringComparison.Ordinal);
        Assert.Matches(@"dADR_0031_context_map_Ordering_\w+\[""Ordering: Shop\.Modules\.Ordering\.\*\*""\]", section);
        Assert.Matches(@"dADR_0031_context_map_Ordering_\w+ -->\|2\| dADR_0031_context_map_Catalog_\w+\n", section);
        Assert.Matches(@"dADR_0031_context_map_Shipping_\w+ -->\|0\| dADR_0031_context_map_Ordering_\w+\n", section);
        Assert.Matches(@"dADR_0031_context_map_Catalog_\w+ -->\|""1, no arrow""\| dADR_0031_context_map_Ordering_\w+\n", section);
        Assert.Contains("  linkStyle 1,2 stroke:#8c959f,stroke-width:1px,stroke-dasharray:4 4,color:#8c959f\n", section, StringComparison.Ordinal);
        Assert.Contains("  linkStyle 3 stroke:#cf222e,stroke-width:3px,color:#cf222e\n", section, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void The_redrawn_diagram_renders_in_headless_chromium()
    {
        Assert.True(Chromium.Path is not null, "chromium is not installed; .ci/run must 'apt-get install -y chromium'");
        modules.Report("site-html");

        var dom = ReportTests.RunChromium(output, modules.Repo.Root, "--dump-dom", new Uri(System.IO.Path.Combine(modules.Repo.Root, "site-html", "index.html")).AbsoluteUri);

        var svg = dom[dom.IndexOf("Diagrams: drawn and actual", StringComparison.Ordinal)..];
        Assert.Contains("<svg", svg, StringComparison.Ordinal);
        Assert.Contains("Ordering: Shop.Modules.Ordering.**", svg, StringComparison.Ordinal);
        Assert.Contains("1, no arrow", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("Syntax error", dom, StringComparison.Ordinal);
    }

    /// <summary>A one-project repository with a context map, checked once (restoring it).</summary>
    public sealed class CheckedModules : IDisposable
    {
        public CheckedModules()
        {
            Repo = new TempRepo();
            Repo.WriteAdr("0031-context-map.md", Adr);
            Repo.Write("src/Modules/Modules.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n  </PropertyGroup>\n</Project>\n");
            Repo.Write("src/Modules/Ordering.cs", "namespace Shop.Modules.Ordering { public class Cart { public Shop.Modules.Catalog.Product? Product; public Shop.Modules.Catalog.Price? Price; } }\n");
            Repo.Write("src/Modules/Catalog.cs", "namespace Shop.Modules.Catalog { public class Price { } public class Product { public void AddTo(Shop.Modules.Ordering.Cart cart) { } } }\n");
            Repo.Write("src/Modules/Shipping.cs", "namespace Shop.Modules.Shipping { public class Parcel { } }\n");
            Check = Repo.Run("check", "src/Modules/Modules.csproj");
        }

        internal TempRepo Repo { get; }

        internal ToolRun Check { get; }

        /// <summary>Writes the report into <paramref name="folder"/> (once) and returns its index.md.</summary>
        internal string Report(string folder)
        {
            lock (Repo)
            {
                var index = System.IO.Path.Combine(Repo.Root, folder, "index.md");
                if (!System.IO.File.Exists(index))
                {
                    var run = Repo.Run("report", "--out", folder, "src/Modules/Modules.csproj", "--no-restore");
                    Assert.True(run.ExitCode is 0 or 1, run.ToString());
                }

                return System.IO.File.ReadAllText(index).ReplaceLineEndings("\n");
            }
        }

        public void Dispose() => Repo.Dispose();
    }
}
