using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary>
/// check, impact and report evaluate the regex and modifier selector keys (rules/0035) through the analyzer, and a bad
/// regex is a located TL9002 that leaves the ADR's other rules enforced.
/// </summary>
public sealed class CheckSelectorKeysTests(CheckSelectorKeysTests.CheckedShop shop) : IClassFixture<CheckSelectorKeysTests.CheckedShop>
{
    [Fact]
    public void Check_reports_what_the_regex_and_modifier_selectors_pick()
    {
        var run = shop.Check;

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("[ADR-0001] 'Acme.Orders.OrderHandler' must be sealed", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("[ADR-0001] 'Acme.Orders.Repo`1' must match the naming pattern '^I'", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("[ADR-0001] 'Acme.Orders.Api.OrdersEndpoint' must not depend on 'Acme.Orders.TextHelpers'", run.Stdout, System.StringComparison.Ordinal);
        Assert.Contains("5 error(s), 0 warning(s), 0 info(s), 0 baselined in 1 project(s) checked against 4 rule(s) of 2 ADR(s)", run.Stdout, System.StringComparison.Ordinal);
        // Abstract and static classes, the interface, the sealed handler and lower-case 'handler' are not selected.
        Assert.DoesNotContain("HandlerBase'", run.Stdout, System.StringComparison.Ordinal);
        Assert.DoesNotContain("ShipHandler'", run.Stdout, System.StringComparison.Ordinal);
        Assert.DoesNotContain("'Acme.Orders.Legacyhandler' must be sealed", run.Stdout, System.StringComparison.Ordinal);
        Assert.DoesNotContain("IRepo`1' must match", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_regex_is_a_located_TL9002_and_the_other_rules_still_run()
    {
        var run = shop.Check;

        Assert.Contains(
            "docs/adr/0002-broken.md(8,28): error TL9002: rule 'broken': types.name-matches: invalid regex '(Handler': Invalid pattern '(Handler' at offset 8. Not enough )'s; write a .NET regular expression such as '^I[A-Z]\\w*$'",
            run.Stdout,
            System.StringComparison.Ordinal);
        Assert.Contains("[ADR-0002] 'Acme.Orders.Legacyhandler' must be internal", run.Stdout, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Impact_counts_the_violations_of_the_selected_types()
    {
        var impact = shop.Repo.Run("impact", "ADR-0001", "src/Orders/Orders.csproj", "--no-restore");

        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Matches(@"(?m)^Acme\.Orders\s+2\s*$", impact.Stdout);
        Assert.Matches(@"(?m)^Acme\.Orders\.Api\s+1\s*$", impact.Stdout);
    }

    [Fact]
    public void Report_draws_the_dependency_the_regex_selector_forbids()
    {
        var report = shop.Repo.Run("report", "--out", "site", "src/Orders/Orders.csproj", "--no-restore");

        Assert.True(report.ExitCode is 0 or 1, report.ToString());
        var adrPage = System.IO.File.ReadAllText(System.IO.Path.Combine(shop.Repo.Root, "site", "ADR-0001.md"));
        var index = System.IO.File.ReadAllText(System.IO.Path.Combine(shop.Repo.Root, "site", "index.md"));
        Assert.Contains("| forbid | error | Handlers are sealed, repositories are contracts, endpoints use no helpers | 1 | 0 |", adrPage, System.StringComparison.Ordinal);
        Assert.Contains("'Acme.Orders.Api.OrdersEndpoint' must not depend on 'Acme.Orders.TextHelpers'", adrPage, System.StringComparison.Ordinal);
        // The edge the rule breaks is drawn red.
        Assert.Matches(@"nsAcme_Orders_Api_\w+ -->\|1\| nsAcme_Orders_\w+\n  linkStyle 0 stroke:#cf222e", index);
    }

    /// <summary>The repository checked once (restoring it): the other tests read it with <c>--no-restore</c>.</summary>
    public sealed class CheckedShop : System.IDisposable
    {
        public CheckedShop()
        {
            Repo = Repository();
            Check = Repo.Run("check", "src/Orders/Orders.csproj");
        }

        internal TempRepo Repo { get; }

        internal ToolRun Check { get; }

        public void Dispose() => Repo.Dispose();
    }

    private static TempRepo Repository()
    {
        var repo = new TempRepo();
        repo.WriteAdr("0001-shapes.md", """
            ---
            id: ADR-0001
            title: Handlers are sealed, repositories are contracts, endpoints use no helpers
            status: accepted
            rules:
              - id: concrete-handlers-sealed
                kind: modifiers
                types: { namespace-matches: '^Acme\.Orders$', name-matches: 'Handler$', abstract: false, static: false }
                sealed: true
              - id: generic-repos-are-interfaces
                kind: naming
                types: { full-name-matches: '\.I?Repo`1$' }
                pattern: '^I'
              - id: endpoints-no-static-helpers
                kind: forbid
                from: { name-matches: Endpoint }
                to: { static: true, namespace: Acme.** }
            ---
            # Handlers are sealed, repositories are contracts, endpoints use no helpers
            """);
        repo.WriteAdr("0002-broken.md", """
            ---
            id: ADR-0002
            title: A broken regex turns off its rule only
            status: accepted
            rules:
              - id: broken
                kind: modifiers
                types: { name-matches: '(Handler' }
                sealed: true
              - id: legacy-internal
                kind: modifiers
                types: { name-matches: 'handler$', sealed: false }
                visibility: internal
            ---
            # A broken regex turns off its rule only
            """);
        repo.Write("src/Orders/Orders.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>Acme.Orders</RootNamespace>
                <Nullable>enable</Nullable>
              </PropertyGroup>
            </Project>
            """);
        repo.Write("src/Orders/Handlers.cs", """
            namespace Acme.Orders
            {
                public abstract class HandlerBase { }

                public interface IHandler { }

                public class OrderHandler : HandlerBase, IHandler { }

                public sealed class ShipHandler : HandlerBase, IHandler { }

                public class Legacyhandler { }

                public static class TextHelpers
                {
                    public static string Trim(string text) => text.Trim();
                }

                public interface IRepo<T> { }

                public class Repo<T> : IRepo<T> { }
            }

            namespace Acme.Orders.Api
            {
                public class OrdersEndpoint
                {
                    public string Handle(string text) => Acme.Orders.TextHelpers.Trim(text);
                }
            }
            """);
        return repo;
    }
}
