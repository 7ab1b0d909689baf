using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Commands;

/// <summary><c>impact</c>, <c>report</c> and <c>adr show</c> take the solution as a plain argument, like <c>check</c>; <c>--solution</c> stays an alias.</summary>
public sealed class SolutionTargetTests
{
    private static TempRepo WithAdr()
    {
        var repo = new TempRepo();
        repo.WriteAdr("0007-domain.md", "---\nid: ADR-0007\ntitle: Domain\nstatus: proposed\nrules:\n  - id: r\n    kind: forbid\n    from: A.**\n    to: B.**\n---\n# Domain\n");
        return repo;
    }

    [Theory]
    [InlineData("impact", "ADR-0007", "explore.slnx")]
    [InlineData("report", "explore.slnx")]
    [InlineData("adr", "show", "ADR-0007", "explore.slnx")]
    public void The_positional_target_is_the_solution(params string[] arguments)
    {
        using var repo = WithAdr();

        repo.Run(arguments).AssertBadInput("path 'explore.slnx' does not exist");
    }

    [Theory]
    [InlineData("impact", "ADR-0007", "--solution", "explore.slnx")]
    [InlineData("report", "--solution", "explore.slnx")]
    public void The_solution_option_is_an_alias(params string[] arguments)
    {
        using var repo = WithAdr();

        repo.Run(arguments).AssertBadInput("path 'explore.slnx' does not exist");
    }

    [Fact]
    public void A_folder_target_is_searched_like_checks()
    {
        using var repo = WithAdr();
        repo.Write("src/readme.txt", "x");

        repo.Run("impact", "ADR-0007", "src").AssertBadInput("no .sln, .slnx or .csproj in 'src'; pass the solution or project to check");
    }

    [Fact]
    public void Two_different_solutions_are_bad_input()
    {
        using var repo = WithAdr();

        repo.Run("report", "a.slnx", "--solution", "b.slnx").AssertBadInput("two solutions given ('a.slnx' and --solution 'b.slnx'); pass one");
    }
}
