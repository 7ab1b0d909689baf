using System.Collections.Generic;
using System.Linq;
using TechLead.Cli.Inferring;
using TechLead.Rules.Writing;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>The pure parts of what infer proposes: the ranking, the limit, the library families, the modules of a folder.</summary>
public sealed class InferRankingTests
{
    [Fact]
    public void Dependency_structure_ranks_first_by_tier_then_every_other_rule_by_the_types_it_covers()
    {
        var ranked = ProposalRanking.Ranked(
        [
            Candidate("handlers-sealed", "modifiers", 9),
            Candidate("repositories-in-domain", "placement", 4),
            Candidate("small-modules", "independent", 4),
            Candidate("layers", "layers", 30),
            Candidate("big-modules", "independent", 12),
            Candidate("handlers-implement", "must-implement", 9),
            Candidate("features-acyclic", "acyclic", 40),
            Candidate("domain-self-contained", "allow-only", 8),
        ]);

        // A shape rule over 9 handlers protects more than a placement over 4 repositories; between rules that cover as many,
        // the kind decides (inheritance before modifiers).
        Assert.Equal(["layers", "big-modules", "domain-self-contained", "small-modules", "features-acyclic", "handlers-implement", "handlers-sealed", "repositories-in-domain"], ranked.Select(p => p.Id));
        Assert.Equal([ProposalTheme.Structure, ProposalTheme.Structure, ProposalTheme.Structure, ProposalTheme.Structure, ProposalTheme.Structure, ProposalTheme.Shape, ProposalTheme.Shape, ProposalTheme.Naming], ranked.Select(p => p.Theme));
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
    public void The_base_library_loses_its_persistence_parts_only_where_the_rest_of_the_solution_keeps_persistence_apart()
    {
        var domain = new TypeFact("Shop.Domain.Order", "Shop.Domain", "Order", "Shop.Domain", TechLead.Rules.Selectors.SelectorTypeKind.Class);
        var service = new TypeFact("Shop.Application.OrderService", "Shop.Application", "OrderService", "Shop.Application", TechLead.Rules.Selectors.SelectorTypeKind.Class);
        var repository = new TypeFact("Shop.Infrastructure.Persistence.OrderRepository", "Shop.Infrastructure.Persistence", "OrderRepository", "Shop.Infrastructure", TechLead.Rules.Selectors.SelectorTypeKind.Class);
        var context = new TypeFact("Shop.Infrastructure.ShopContext", "Shop.Infrastructure", "ShopContext", "Shop.Infrastructure", TechLead.Rules.Selectors.SelectorTypeKind.Class) { BaseClasses = ["Microsoft.EntityFrameworkCore.DbContext"] };

        Assert.True(BaseLibraryFamilies.SolutionKeepsPersistenceApart(Facts(domain, service, repository), "Shop.Domain"));
        Assert.True(BaseLibraryFamilies.SolutionKeepsPersistenceApart(Facts(domain, service, context), "Shop.Domain"));
        Assert.False(BaseLibraryFamilies.SolutionKeepsPersistenceApart(Facts(domain, service), "Shop.Domain"));
        // Persistence inside the subtree itself is no reason to keep the subtree from it.
        Assert.False(BaseLibraryFamilies.SolutionKeepsPersistenceApart(Facts(repository, service), "Shop.Infrastructure"));
    }

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

    private static CodeFacts Facts(params TypeFact[] types) => new(types, [], new TechLead.Cli.Checking.NamespaceGraph());

    private static List<TypeFact> Types(string module, int count) =>
        Enumerable.Range(0, count).Select(i => new TypeFact($"Fitnet.{module}.T{i}", $"Fitnet.{module}", $"T{i}", "Fitnet", TechLead.Rules.Selectors.SelectorTypeKind.Class)).ToList();
}
