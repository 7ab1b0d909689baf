using System;
using System.Collections.Generic;
using TechLead.Rules.Writing;

namespace TechLead.Rules.Tests.Writing;

public sealed class RuleIdsTests
{
    [Fact]
    public void Text_becomes_a_rule_id_with_words_split_as_people_wrote_them() =>
        Assert.Equal("domain-should-not-depend-on-ef-core", RuleIds.FromText("Domain_Should_Not_DependOn_EFCore"));

    [Fact]
    public void A_taken_id_gets_the_first_free_number_and_every_id_returned_is_taken_from_then_on()
    {
        var taken = new HashSet<string>(["api-does-not-use-domain", "api-does-not-use-domain-2"], StringComparer.Ordinal);

        Assert.Equal("api-does-not-use-domain-3", RuleIds.Unique("api-does-not-use-domain", taken));
        Assert.Equal("api-does-not-use-domain-4", RuleIds.Unique("api-does-not-use-domain", taken));
        Assert.Equal("layers-hold", RuleIds.Unique("layers-hold", taken));
        Assert.Equal("layers-hold-2", RuleIds.Unique("layers-hold", taken));
    }
}
