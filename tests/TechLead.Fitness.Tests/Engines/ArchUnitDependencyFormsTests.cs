using System.Linq;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

public sealed class ArchUnitDependencyFormsTests
{
    private static readonly string[] ExpectedPairs =
    [
        "ByArray -> ArrayT",
        "ByAs -> AsT",
        "ByAsync -> AsyncT",
        "ByAttribute -> AttrT",
        "ByBase -> BaseT",
        "ByCast -> CastT",
        "ByCatch -> CaughtT",
        "ByConstraint`1 -> ConstraintT",
        "ByCreation -> NewT",
        "ByEvent -> EventT",
        "ByExtension -> ExtensionsT",
        "ByField -> FieldT",
        "ByGenericArgument -> GenericArgT",
        "ByInstanceAccess -> InstanceT",
        "ByInterface -> IfaceT",
        "ByIs -> IsT",
        "ByIterator -> IteratorT",
        "ByLambda -> LambdaT",
        "ByLocal -> LocalT",
        "ByNullable -> NullableT",
        "ByParameter -> ParamT",
        "ByPattern -> PatternT",
        "ByPointer -> PointerT",
        "ByProperty -> PropT",
        "ByReturn -> ReturnT",
        "ByStaticAccess -> StaticT",
        "ByThrow -> ThrownT",
        "ByTypeof -> TypeofT",
        "ByUsingStatic -> UsingStaticT",
    ];

    [Fact]
    public void Every_dependency_form_of_the_spec_is_seen_and_nothing_else()
    {
        var rule = Adrs.Rule("""
            - id: domain-no-infra
              kind: forbid
              from: Shop.Domain.**
              to: Shop.Infra.**
            """);
        var assemblies = Corpus.Of("Forms", DependencyCorpus.Infra, DependencyCorpus.Domain);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, assemblies);

        var pairs = result.Violations.Select(v => v.BaselineFrom.Replace("T:Shop.Domain.", "") + " -> " + v.BaselineTo.Replace("T:Shop.Infra.", "")).ToList();
        Assert.Equal(ExpectedPairs, pairs);
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Messages_are_the_rule_cores_exact_strings()
    {
        var rule = Adrs.Rule("""
            - id: domain-no-infra
              kind: forbid
              from: Shop.Domain.ByCatch
              to: Shop.Infra.**
              because: Domain stays persistence-ignorant
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("Forms", DependencyCorpus.Infra, DependencyCorpus.Domain));

        var violation = Assert.Single(result.Violations);
        Assert.Equal("[ADR-0007] 'Shop.Domain.ByCatch' must not depend on 'Shop.Infra.CaughtT' (rule domain-no-infra: Domain stays persistence-ignorant)", violation.Message);
        Assert.Equal("T:Shop.Domain.ByCatch", violation.BaselineFrom);
        Assert.Equal("T:Shop.Infra.CaughtT", violation.BaselineTo);
    }
}

public sealed class ArchUnitKnownGapTests
{
    [Fact]
    public void ArchUnitNET_alone_does_not_report_a_caught_exception_type_so_the_Cecil_pass_is_needed()
    {
        var path = Corpus.PathOf("Forms", DependencyCorpus.Infra, DependencyCorpus.Domain);
        var architecture = new ArchUnitNET.Loader.ArchLoader().WithoutArchitectureCache()
            .LoadFilteredDirectory(System.IO.Path.GetDirectoryName(path)!, System.IO.Path.GetFileName(path)).Build();

        var byCatch = architecture.Types.Single(t => t.FullName == "Shop.Domain.ByCatch");
        var targets = byCatch.Dependencies.Concat(byCatch.Members.SelectMany(m => m.Dependencies)).Select(d => d.Target.FullName);

        Assert.DoesNotContain("Shop.Infra.CaughtT", targets);
    }
}
