using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary><c>members</c> rules with <c>must-exist: true</c> (rules/0063): TL0207 at the type that lacks the member.</summary>
public sealed class TL0207MustExistTests
{
    private static string Rule(string body) => Adrs.WithRules("  - id: r\n    kind: members\n    " + body.Replace("\n", "\n    ", System.StringComparison.Ordinal) + "\n");

    private static string Message(string body) => $"[ADR-0007] {body} (rule r: {Adrs.Title})";

    [Fact]
    public Task Entities_need_a_private_parameterless_constructor_the_implicit_one_is_public() =>
        Run(
            """
            namespace Shop.Domain
            {
                public class Order
                {
                    private Order() { }
                    public Order(int number) { }
                }
                public class {|#0:Invoice|}
                {
                    public Invoice(int number) { }
                }
                public class {|#1:Tag|} { }
                public partial class {|#2:Line|} { protected Line() { } }
                public partial class Line { }
                public class {|#3:Ledger|} { static Ledger() { } }
            }
            namespace Shop.Api { public class Endpoint { public Endpoint(int port) { } } }
            """,
            Rule("members: { kind: constructor, static: false, types: Shop.Domain.* }\nmust-exist: true\nvisibility: private\nmax-parameters: 0"),
            Diagnostic("TL0207", 0, Message("'Shop.Domain.Invoice' declares no instance constructor that is private with 0 parameters")),
            Diagnostic("TL0207", 1, Message("'Shop.Domain.Tag' declares no instance constructor that is private with 0 parameters")),
            Diagnostic("TL0207", 2, Message("'Shop.Domain.Line' declares no instance constructor that is private with 0 parameters")),
            Diagnostic("TL0207", 3, Message("'Shop.Domain.Ledger' declares no instance constructor that is private with 0 parameters")));

    [Fact]
    public Task The_constructor_CSharp_adds_is_public_or_protected_for_an_abstract_class_and_a_struct_has_none() =>
        Run(
            """
            namespace Shop.Dtos
            {
                public class AddressDto { public string Street { get; set; } = ""; }
                public abstract class {|#0:PagedDto|} { public int Page { get; set; } }
                public struct {|#1:PointDto|} { public int X { get; set; } }
                public record ContactDto { public string Email { get; init; } = ""; }
                public record {|#2:NameDto|}(string Name);
            }
            """,
            Rule("members: { kind: constructor, types: Shop.Dtos.* }\nmust-exist: true\nvisibility: public\nmax-parameters: 0"),
            Diagnostic("TL0207", 0, Message("'Shop.Dtos.PagedDto' declares no constructor that is public with 0 parameters")),
            Diagnostic("TL0207", 1, Message("'Shop.Dtos.PointDto' declares no constructor that is public with 0 parameters")),
            Diagnostic("TL0207", 2, Message("'Shop.Dtos.NameDto' declares no constructor that is public with 0 parameters")));

    [Fact]
    public Task Commands_need_a_constructor_carrying_the_attribute_an_implicit_constructor_has_none() =>
        Run(
            """
            namespace Shop
            {
                [System.AttributeUsage(System.AttributeTargets.Constructor)]
                public sealed class CreatorAttribute : System.Attribute { }
            }
            namespace Shop.Commands
            {
                public sealed class Rename { [Shop.Creator] public Rename(string name) { } }
                public sealed class Merge { public Merge() { } [Shop.Creator] private Merge(string[] labels) { } }
                public sealed class {|#0:Close|} { public Close(int number) { } }
                public sealed class {|#1:ArchiveAll|} { }
            }
            """,
            Rule("members: { kind: constructor, static: false, types: Shop.Commands.* }\nmust-exist: true\nrequire-attribute: Shop.CreatorAttribute"),
            Diagnostic("TL0207", 0, Message("'Shop.Commands.Close' declares no instance constructor with attribute 'Shop.CreatorAttribute'")),
            Diagnostic("TL0207", 1, Message("'Shop.Commands.ArchiveAll' declares no instance constructor with attribute 'Shop.CreatorAttribute'")));

    [Fact]
    public Task A_required_method_counts_when_declared_with_every_condition_met_not_when_inherited() =>
        Run(
            """
            namespace Shop.Validation
            {
                public class NameValidator { public virtual bool Validate(string name) => name.Length > 0; }
                public class {|#0:StrictNameValidator|} : NameValidator { public override bool Validate(string name) => name.Length > 3; }
                public class {|#1:EmailValidator|} { public void Validate(string email) { } }
                public interface {|#2:IValidator|} { }
            }
            """,
            Rule("members: { kind: method, name: Validate, types: Shop.Validation.* }\nmust-exist: true\nreturns: bool"),
            Diagnostic("TL0207", 0, Message("'Shop.Validation.StrictNameValidator' declares no method named 'Validate' returning 'bool'")),
            Diagnostic("TL0207", 1, Message("'Shop.Validation.EmailValidator' declares no method named 'Validate' returning 'bool'")),
            Diagnostic("TL0207", 2, Message("'Shop.Validation.IValidator' declares no method named 'Validate' returning 'bool'")));
}
