using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Cli.Checking;
using TechLead.Cli.Ownership;
using TechLead.Cli.Tests.Support;
using TechLead.Rules.Model;

namespace TechLead.Cli.Tests.Ownership;

/// <summary>Where a check finds CODEOWNERS and how each violation gets the owners of its file.</summary>
public sealed class CodeOwnershipTests
{
    private const string Adr = "---\nid: ADR-0007\ntitle: Domain\nstatus: accepted\nowners: [\"@acme/architecture\"]\nrules:\n  - id: domain-no-infra\n    kind: forbid\n    from: Shop.Domain.**\n    to: Shop.Infrastructure.**\n---\n";

    [Fact]
    public async Task Each_violation_gets_the_owners_of_its_file_and_adr_problems_get_none()
    {
        using var repo = Repo(".github/CODEOWNERS", "*  @acme/platform\n/src/Shop.Domain/  @acme/orders\n/src/Shop.Domain/Legacy/\n");

        var result = await Check(repo, Violation(repo, "src/Shop.Domain/Order.cs"), Violation(repo, "src/Shop.Domain/Legacy/Old.cs"), Violation(repo, "tools/Gen.cs"));

        Assert.Equal(
            [("src/Shop.Domain/Legacy/Old.cs", ""), ("src/Shop.Domain/Order.cs", "@acme/orders"), ("tools/Gen.cs", "@acme/platform")],
            result.Violations.Select(v => (Infrastructure.PathDisplay.ForwardSlashRelative(v.Path, repo.Root), string.Join(" ", v.CodeOwners))).OrderBy(p => p.Item1, System.StringComparer.Ordinal));
        Assert.Equal(Path.Combine(repo.Root, ".github", "CODEOWNERS"), result.Ownership!.Path);
        Assert.Empty(result.Ownership.Warnings);
    }

    [Fact]
    public async Task The_root_file_wins_over_docs_and_gitlab_and_a_repository_without_one_owns_nothing()
    {
        using var repo = Repo("docs/CODEOWNERS", "* @acme/docs-file\n");
        repo.Write("CODEOWNERS", "* @acme/root-file\n");
        repo.Write(".gitlab/CODEOWNERS", "* @acme/gitlab-file\n");
        using var bare = Repo(null, null);

        var root = await Check(repo, Violation(repo, "src/A.cs"));
        var none = await Check(bare, Violation(bare, "src/A.cs"));

        Assert.Equal(["@acme/root-file"], Assert.Single(root.Violations).CodeOwners);
        Assert.Empty(Assert.Single(none.Violations).CodeOwners);
        Assert.Null(none.Ownership!.Path);
    }

    [Fact]
    public async Task In_a_monorepo_the_git_top_holds_the_file_and_patterns_are_relative_to_it()
    {
        using var repo = new TempRepo(withAdrFolder: false);
        Directory.CreateDirectory(Path.Combine(repo.Root, ".git"));
        repo.Write("CODEOWNERS", "/services/shop/src/ @acme/shop\n");
        repo.Write("services/shop/docs/adr/0007-domain.md", Adr);
        repo.Write("services/shop/Shop.sln", string.Empty);
        var violation = new Finding("TL0002", RuleSeverity.Error, "[ADR-0007] ...", Path.Combine(repo.Root, "services", "shop", "src", "Order.cs"), 3, 5) { Adr = "ADR-0007", Rule = "domain-no-infra", From = "T:Shop.Domain.Order", To = "T:Shop.Infrastructure.Db" };

        var result = await CheckSession.RunAsync(new CheckOptions { Target = Path.Combine(repo.Root, "services", "shop", "Shop.sln") }, new FakeSolutionChecker([violation]), new NoCheckProgress(), CancellationToken.None);

        Assert.Equal(["@acme/shop"], Assert.Single(result.Violations).CodeOwners);
        Assert.Equal(repo.Root, result.Ownership!.Root);
    }

    [Fact]
    public void Bad_lines_become_warnings_naming_the_file_and_line_and_the_rest_still_owns()
    {
        using var repo = Repo("CODEOWNERS", "* @acme/platform\n/src/ acme-web\n!/docs/ @acme/docs\n");

        var ownership = CodeOwnership.Load(repo.Root);

        Assert.Equal(
            ["CODEOWNERS:2: 'acme-web' is not an owner; write @user, @org/team or an email", "CODEOWNERS:3: '!/docs/': CODEOWNERS has no negation; list the path with no owners to leave it unowned; the line is skipped"],
            ownership.Warnings);
        Assert.Empty(ownership.OwnersOf(Path.Combine(repo.Root, "src", "A.cs")));
        Assert.Equal(["@acme/platform"], ownership.OwnersOf(Path.Combine(repo.Root, "docs", "a.md")));
        Assert.Empty(ownership.OwnersOf(Path.Combine(Path.GetDirectoryName(repo.Root)!, "elsewhere", "A.cs")));
    }

    private static TempRepo Repo(string? codeOwnersPath, string? codeOwners)
    {
        var repo = new TempRepo();
        repo.WriteAdr("0007-domain.md", Adr);
        repo.Write("Shop.sln", string.Empty);
        if (codeOwnersPath is not null)
        {
            repo.Write(codeOwnersPath, codeOwners!);
        }

        return repo;
    }

    private static Task<CheckResult> Check(TempRepo repo, params Finding[] violations) =>
        CheckSession.RunAsync(new CheckOptions { Target = Path.Combine(repo.Root, "Shop.sln") }, new FakeSolutionChecker(violations), new NoCheckProgress(), CancellationToken.None);

    private static Finding Violation(TempRepo repo, string path) =>
        new("TL0002", RuleSeverity.Error, "[ADR-0007] ...", Path.Combine(repo.Root, path), 3, 5) { Adr = "ADR-0007", Rule = "domain-no-infra", From = "T:Shop.Domain." + Path.GetFileNameWithoutExtension(path), To = "T:Shop.Infrastructure.Db" };
}
