using System.Linq;
using TechLead.Fitness.Engines.NetArchTest;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

public sealed class NetArchTestDependencyFormsTests
{
    [Fact]
    public void With_the_catch_clause_supplement_NetArchTest_sees_every_dependency_form_and_nothing_else()
    {
        var rule = Adrs.Rule("- { id: domain-no-infra, kind: forbid, from: Shop.Domain.**, to: Shop.Infra.** }");

        var result = NetArchTestAdapter.Instance.Evaluate(rule, Corpus.Of("Forms", DependencyCorpus.Infra, DependencyCorpus.Domain));

        var found = result.Violations.Select(v => v.BaselineFrom.Replace("T:Shop.Domain.", "")).ToList();
        Assert.Equal(ExpectedTypes, found);
    }

    private static readonly string[] ExpectedTypes =
    [
        "ByArray", "ByAs", "ByAsync", "ByAttribute", "ByBase", "ByCast", "ByCatch", "ByConstraint`1", "ByCreation", "ByEvent",
        "ByExtension", "ByField", "ByGenericArgument", "ByInstanceAccess", "ByInterface", "ByIs", "ByIterator", "ByLambda", "ByLocal",
        "ByNullable", "ByParameter", "ByPattern", "ByPointer", "ByProperty", "ByReturn", "ByStaticAccess", "ByThrow", "ByTypeof", "ByUsingStatic",
    ];
}
