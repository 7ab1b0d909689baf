using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0206VocabularyViolationTests
{
    private static readonly string Vocabulary = Adrs.WithRules(
        """
          - id: ubiquitous-language
            kind: vocabulary
            because: We say Customer
            terms:
              - use: Customer
                instead-of: [Client, Buyer]
        """);

    private static string Uses(string name, string synonym) => $"[ADR-0007] '{name}' uses '{synonym}'; say 'Customer' instead (rule ubiquitous-language: We say Customer)";

    [Fact]
    public Task Every_declared_name_kind_but_not_locals() =>
        Run(
            """
            namespace Shop
            {
                public class {|#0:ClientRecord|}<{|#1:TBuyer|}>
                {
                    public int {|#2:ClientId|} { get; set; }
                    private int {|#3:buyerCount|};
                    public event System.Action {|#4:ClientChanged|};
                    public void {|#5:Notify|}Client() { }
                    public void Save(int {|#6:clientId|}) { int client = 0; _ = client; }
                    public int Clientele { get; set; }
                }
                public delegate void {|#7:BuyerHandler|}(int {|#8:buyer|});
            }
            """.Replace("{|#5:Notify|}Client", "{|#5:NotifyClient|}", System.StringComparison.Ordinal),
            Vocabulary,
            Diagnostic("TL0206", 0, Uses("ClientRecord", "Client")),
            Diagnostic("TL0206", 1, Uses("TBuyer", "Buyer")),
            Diagnostic("TL0206", 2, Uses("ClientId", "Client")),
            Diagnostic("TL0206", 3, Uses("buyerCount", "Buyer")),
            Diagnostic("TL0206", 4, Uses("ClientChanged", "Client")),
            Diagnostic("TL0206", 5, Uses("NotifyClient", "Client")),
            Diagnostic("TL0206", 6, Uses("clientId", "Client")),
            Diagnostic("TL0206", 7, Uses("BuyerHandler", "Buyer")),
            Diagnostic("TL0206", 8, Uses("buyer", "Buyer")));

    [Fact]
    public Task Every_shape_of_property_is_checked_once_and_an_override_or_explicit_implementation_is_not() =>
        Run(
            """
            namespace Shop
            {
                public interface IAccount { int {|#0:BuyerLevel|} { get; } }
                public abstract class Account : IAccount
                {
                    public int {|#1:ClientAge|} => 1;
                    public int {|#2:ClientRank|} { get { return 1; } }
                    public int {|#3:BuyerScore|} { set { } }
                    public int {|#4:ClientSince|} { get; init; }
                    public abstract int {|#5:ClientTier|} { get; }
                    public virtual int {|#6:BuyerTier|} { get; set; }
                    public int this[int {|#7:clientIndex|}] => clientIndex;
                    int IAccount.BuyerLevel => 1;
                }
                public sealed class Premium : Account
                {
                    public override int ClientTier => 2;
                    public override int BuyerTier { get; set; }
                }
                public record Order(int {|#8:ClientNumber|});
            }
            """,
            Vocabulary,
            Diagnostic("TL0206", 0, Uses("BuyerLevel", "Buyer")),
            Diagnostic("TL0206", 1, Uses("ClientAge", "Client")),
            Diagnostic("TL0206", 2, Uses("ClientRank", "Client")),
            Diagnostic("TL0206", 3, Uses("BuyerScore", "Buyer")),
            Diagnostic("TL0206", 4, Uses("ClientSince", "Client")),
            Diagnostic("TL0206", 5, Uses("ClientTier", "Client")),
            Diagnostic("TL0206", 6, Uses("BuyerTier", "Buyer")),
            Diagnostic("TL0206", 7, Uses("clientIndex", "Client")),
            Diagnostic("TL0206", 8, Uses("ClientNumber", "Client")));
}
