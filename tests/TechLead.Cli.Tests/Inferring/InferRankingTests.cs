using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Inferring;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>The pure parts of what infer proposes: the ranking, the limit, the library families, the modules of a folder.</summary>
public sealed class InferRankingTests
{
    [Fact]
    public void Dependency_structure_ranks_first_then_names_then_shape_and_wider_rules_first_within_a_kind()
    {
        var ranked = ProposalRanking.Ranked(
        [
            Candidate("handlers-sealed", "modifiers", 9),
            Candidate("repositories-in-domain", "placement", 4),
            Candidate("small-modules", "independent", 4),
            Candidate("layers", "layers", 30),
            Candidate("big-modules", "independent", 12),
            Candidate("handlers-implement", "must-implement", 9),
        ]);

        Assert.Equal(["layers", "big-modules", "small-modules", "repositories-in-domain", "handlers-implement", "handlers-sealed"], ranked.Select(p => p.Id));
        Assert.Equal([ProposalTheme.Structure, ProposalTheme.Structure, ProposalTheme.Structure, ProposalTheme.Naming, ProposalTheme.Shape, ProposalTheme.Shape], ranked.Select(p => p.Theme));
    }

    [Theory]
    [InlineData(3, 1)]
    [InlineData(19, 1)]
    [InlineData(20, 2)]
    [InlineData(97, 9)]
    public void A_lead_reviews_at_most_one_rule_per_ten_types(int types, int rules) => Assert.Equal(rules, InferLimit.For(types));

    [Theory]
    [InlineData("System.Linq.Enumerable", "System.**")]
    [InlineData("System.Net.Http.HttpClient", "System.**")]
    [InlineData("Microsoft.EntityFrameworkCore.DbContext", "Microsoft.EntityFrameworkCore.**")]
    [InlineData("Microsoft.Extensions.DependencyInjection.IServiceCollection", "Microsoft.Extensions.**")]
    [InlineData("MediatR.IMediator", "MediatR.**")]
    [InlineData("FluentValidation.Results.ValidationResult", "FluentValidation.**")]
    public void Outside_libraries_are_allowed_by_family(string type, string family) => Assert.Equal(family, BaseLibraryFamilies.FamilyOf(type));

    [Fact]
    public void Modules_are_the_children_that_are_neither_shared_nor_a_host_and_only_when_three_of_them_use_each_other()
    {
        var children = new Dictionary<string, List<TypeFact>>
        {
            ["Offers"] = Types("Offers", 3),
            ["Passes"] = Types("Passes", 4),
            ["Contracts"] = Types("Contracts", 5),
            ["Common"] = Types("Common", 6),
            ["Host"] = Types("Host", 2),
            ["Reports"] = Types("Reports", 1),
        };
        List<(string From, string To)> edges = [("Offers", "Passes"), ("Passes", "Contracts"), ("Host", "Offers"), ("Offers", "Common"), ("Passes", "Common")];

        Assert.Equal(["Contracts", "Offers", "Passes"], ModuleFolders.NearModules(children, edges));
        Assert.Null(ModuleFolders.NearModules(children, [("Offers", "Common")]));
        children.Remove("Contracts");
        Assert.Null(ModuleFolders.NearModules(children, edges));
    }

    private static Proposal Candidate(string id, string kind, int types) =>
        new(id, kind, "evidence", Enumerable.Range(0, types).Select(i => $"Acme.T{i}").ToList(), allowsExceptions: false, (ruleId, _) => new RuleDraft(ruleId, kind));

    private static List<TypeFact> Types(string module, int count) =>
        Enumerable.Range(0, count).Select(i => new TypeFact($"Fitnet.{module}.T{i}", $"Fitnet.{module}", $"T{i}", "Fitnet", TechLead.Rules.Selectors.SelectorTypeKind.Class)).ToList();
}
