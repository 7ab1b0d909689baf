using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests.Selectors;

public sealed class GlobPatternTests
{
    [Theory]
    [InlineData("Shop.Domain.**", "Shop.Domain", true)]
    [InlineData("Shop.Domain.**", "Shop.Domain.Order", true)]
    [InlineData("Shop.Domain.**", "Shop.Domain.Orders.Line", true)]
    [InlineData("Shop.Domain.**", "Shop.DomainEvents.Order", false)]
    [InlineData("Shop.Domain.**", "Shop.Api.Order", false)]
    [InlineData("Shop.Domain.*", "Shop.Domain.Order", true)]
    [InlineData("Shop.Domain.*", "Shop.Domain.Orders.Line", false)]
    [InlineData("Shop.Domain.*", "Shop.Domain", false)]
    [InlineData("**.*Repository", "Shop.Infrastructure.OrderRepository", true)]
    [InlineData("**.*Repository", "OrderRepository", true)]
    [InlineData("**.*Repository", "Shop.Infrastructure.OrderRepositoryFactory", false)]
    [InlineData("**.*Repository", "Shop.Infrastructure.Repo`1", false)]
    [InlineData("Shop.Repo`1", "Shop.Repo`1", true)]
    [InlineData("Shop.Repo`1", "Shop.Repo", false)]
    [InlineData("Shop.Rep?", "Shop.Repo", true)]
    [InlineData("Shop.Rep?", "Shop.Rep", false)]
    [InlineData("Shop.**.Events.*", "Shop.Orders.Events.OrderPlaced", true)]
    [InlineData("Shop.**.Events.*", "Shop.Events.OrderPlaced", true)]
    [InlineData("Shop.**.Events.*", "Shop.A.B.C.Events.OrderPlaced", true)]
    [InlineData("Shop.**.Events.*", "Shop.A.B.C.Events", false)]
    [InlineData("**", "", true)]
    [InlineData("**", "Anything.At.All", true)]
    [InlineData("Shop.Api", "Shop.Api", true)]
    [InlineData("Shop.Api", "Shop.Api.Endpoints", false)]
    [InlineData("Shop.**.**.X", "Shop.X", true)]
    [InlineData("*.*", "Shop.Order", true)]
    [InlineData("*a*b*", "xxaxxbxx", true)]
    [InlineData("*a*b*", "xxbxxaxx", false)]
    public void Matches_dotted_names_segment_by_segment(string glob, string name, bool expected) =>
        Assert.Equal(expected, GlobPattern.Parse(glob).IsMatch(name));

    [Theory]
    [InlineData("Shop.Domain.**", "Shop.Domain.")]
    [InlineData("Shop.Domain.Order", "Shop.Domain.Order")]
    [InlineData("Shop.*.Order", "Shop.")]
    [InlineData("**.*Repository", "")]
    public void Literal_prefix_is_the_wildcard_free_head(string glob, string prefix) =>
        Assert.Equal(prefix, GlobPattern.Parse(glob).LiteralPrefix);

    [Theory]
    [InlineData("***", "invalid glob '***': '**' must be a whole segment between dots (e.g. 'Shop.**.Events'); use '*' inside a segment")]
    [InlineData("Shop..Domain", "invalid glob 'Shop..Domain': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'")]
    [InlineData("..", "invalid glob '..': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'")]
    [InlineData("Shop.Domain.", "invalid glob 'Shop.Domain.': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'")]
    [InlineData("Shop Domain", "invalid glob 'Shop Domain': character ' ' is not allowed; use letters, digits, '_', '`' (generic arity), '*', '?' and '.'")]
    [InlineData("", "empty glob; write a type or namespace name such as 'Shop.Domain.**'")]
    [InlineData("Shop.{slice}", "invalid glob 'Shop.{slice}': '{slice}' is only allowed in an acyclic rule's 'slices'")]
    public void Invalid_globs_explain_what_to_write(string glob, string message)
    {
        Assert.False(GlobPattern.TryParse(glob, allowSliceCapture: false, out _, out var error));
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("Shop.Modules.{slice}.**", "Shop.Modules.Orders.Api.Controller", "Orders")]
    [InlineData("Shop.Modules.{slice}.**", "Shop.Modules.Billing", "Billing")]
    [InlineData("**.Modules.{slice}.*", "Acme.Shop.Modules.Billing.Invoice", "Billing")]
    public void Slice_capture_returns_the_captured_segment(string glob, string name, string slice)
    {
        Assert.True(GlobPattern.Parse(glob, allowSliceCapture: true).TryMatchSlice(name, out var captured));
        Assert.Equal(slice, captured);
    }

    [Fact]
    public void Slice_glob_without_capture_is_refused()
    {
        Assert.False(GlobPattern.TryParse("Shop.Modules.**", allowSliceCapture: true, out _, out var error));
        Assert.Equal("'Shop.Modules.**' needs one '{slice}' segment that names the slice, e.g. 'Shop.Modules.{slice}.**'", error);
    }

    [Fact]
    public void Slice_capture_does_not_match_outside_the_pattern() =>
        Assert.False(GlobPattern.Parse("Shop.Modules.{slice}.**", allowSliceCapture: true).TryMatchSlice("Shop.Api.Program", out _));
}
