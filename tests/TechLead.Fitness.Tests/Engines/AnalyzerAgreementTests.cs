using System.Linq;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

/// <summary>
/// Where the conformance suite (tests/TechLead.Conformance) found the ArchUnitNET engine disagreeing with
/// the analyzer's documented decisions (docs/dependency-forms.md); each test pins the fix.
/// </summary>
public sealed class AnalyzerAgreementTests
{
    private const string Source = """
        namespace Agree.Legacy { public class OldApi { public class Part { } } }
        namespace Agree.Users
        {
            public class PartUser { public object Make() => new Agree.Legacy.OldApi.Part(); }
            public class NamespaceNeighbour { public object Make() => new Agree.Legacy.OldApiHelper(); }
        }
        namespace Agree.Legacy { public class OldApiHelper { } }
        namespace Agree.Family
        {
            public class Outer
            {
                public class A { public B Next; }
                public class B { public A Previous; }
            }
        }
        namespace Agree.Errors
        {
            public class DomainError : System.Exception { }
            public class StockError : System.InvalidOperationException { }
            public class Disposer : System.IO.MemoryStream { }
        }
        namespace Agree.Words
        {
            public abstract class Notifier { public abstract void NotifyClient(int clientId); public virtual string ClientName => ""; }
            public class EmailNotifier : Notifier { public override void NotifyClient(int clientId) { } public override string ClientName => "x"; }
        }
        """;

    [Fact]
    public void A_type_ban_covers_the_types_nested_in_it_but_not_a_longer_name()
    {
        var rule = Adrs.Rule("""
            - id: no-old-api
              kind: banned-api
              apis: [{ symbol: "T:Agree.Legacy.OldApi" }]
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("Agree", Source));

        Assert.Equal(["T:Agree.Users.PartUser"], result.Violations.Select(v => v.BaselineFrom));
    }

    [Fact]
    public void Base_chains_continue_through_runtime_types_as_the_analyzer_sees_them()
    {
        var rule = Adrs.Rule("""
            - id: domain-errors
              kind: must-inherit
              types: { namespace: Agree.Errors, inherits: System.Exception, except: Agree.Errors.DomainError }
              type: Agree.Errors.DomainError
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("Agree", Source));

        // StockError reaches System.Exception only through InvalidOperationException and SystemException.
        Assert.Equal(["T:Agree.Errors.StockError"], result.Violations.Select(v => v.BaselineFrom));
    }

    [Fact]
    public void Interfaces_of_runtime_base_classes_count_for_implements()
    {
        var rule = Adrs.Rule("""
            - id: disposables
              kind: naming
              types: { namespace: Agree.Errors, implements: System.IDisposable }
              pattern: '^Never$'
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("Agree", Source));

        Assert.Equal(["T:Agree.Errors.Disposer"], result.Violations.Select(v => v.BaselineFrom));
    }

    [Fact]
    public void Sibling_nested_types_are_one_unit_with_their_outer_type()
    {
        var rule = Adrs.Rule("""
            - id: family
              kind: forbid
              from: Agree.Family.**
              to: Agree.Family.**
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("Agree", Source));

        Assert.Empty(result.Violations.Select(v => v.ReportLine));
    }

    [Fact]
    public void Vocabulary_flags_a_name_where_it_is_declared_not_on_its_overrides()
    {
        var rule = Adrs.Rule("""
            - id: say-customer
              kind: vocabulary
              in: Agree.Words.**
              terms: [{ use: Customer, instead-of: [Client] }]
            """);

        var result = ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("Agree", Source));

        Assert.Equal(
            ["M:Agree.Words.Notifier.NotifyClient(System.Int32)", "M:Agree.Words.Notifier.NotifyClient(System.Int32)", "P:Agree.Words.Notifier.ClientName"],
            result.Violations.Select(v => v.BaselineFrom).Order(System.StringComparer.Ordinal));
    }
}
