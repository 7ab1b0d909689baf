using System.Collections.Generic;
using System.Linq;

namespace TechLead.Conformance.Proof;

/// <summary>
/// Member and regex rules of the kinds public ArchUnitNET / NetArchTest suites write (issue 21's proof), each with a
/// violating and a compliant example of our own. Where each rule idea was seen (suites fetched for reading, never
/// committed; the code below is ours):
/// <list type="bullet">
/// <item>getters-return-a-value, predicates-return-bool, setters-return-void, interfaces-start-with-i:
/// ythirion/refactoring-du-bouchonnois (Guidelines: NoGetMethodShouldReturnVoid, IserAndHaserShouldReturnBooleans,
/// SettersShouldNotReturnSomething, InterfacesShouldStartWithI).</item>
/// <item>command-handlers-return-int, controller-actions-return-api-response: ythirion/archunit-examples
/// (MethodReturnTypes), also katalogs/learning-hours (archunit-kata MethodReturnTypes).</item>
/// <item>async-suffix: bkoelman/CSharpGuidelinesAnalyzer (AV1755, async methods end in Async).</item>
/// <item>no-public-instance-fields: hruan/Pennyworth (PublicFields inspection).</item>
/// <item>no-public-setters-in-domain: NeVeSpl/NetArchTest.eNhancedEdition (mutability test structures).</item>
/// <item>handlers-expose-only-handle: Christian-Schou/vertical-slice-api-template (HandlerTests).</item>
/// <item>entity-constructors-not-public: veskokolev/Bytes2you.Validation (Constructors_Should.NotBePublic).</item>
/// <item>commands-no-private-properties: dayasoft/DAYA.FRAMEWORK (CommandsMustNotHavePrivateMembers).</item>
/// <item>no-forbidden-methods: TNG/ArchUnitNET user guide (method members whose name contains "forbidden").</item>
/// </list>
/// </summary>
internal static class ProofCases
{
    public const string AdrId = "ADR-0001";

    /// <summary>Types several examples use, compiled with each side.</summary>
    public const string Support = """
        namespace Proof.Web
        {
            [System.AttributeUsage(System.AttributeTargets.Class)]
            public sealed class ApiControllerAttribute : System.Attribute { }
            public sealed class ApiResponse<T> { public T Value { get; set; } }
        }
        namespace Proof.Cqrs
        {
            public interface ICommandHandler<TCommand> { int Execute(TCommand command); }
        }
        """;

    public static IReadOnlyList<ProofCase> All { get; } =
    [
        new(
            "getters-return-a-value",
            "members: { kind: method, name-matches: '^Get[A-Z]', types: Proof.Getters.** }\nreturns-not: void",
            "namespace Proof.Getters { public class Prices { public void GetTotal() { } } }",
            "namespace Proof.Getters { public class Prices { public decimal GetTotal() => 0m; public void Reset() { } } }"),
        new(
            "predicates-return-bool",
            "members: { kind: [method, property], name-matches: '^(Is|Has)[A-Z]', types: Proof.Predicates.** }\nreturns: bool",
            "namespace Proof.Predicates { public class Account { public int IsLocked() => 0; } }",
            "namespace Proof.Predicates { public class Account { public bool IsLocked() => false; public bool HasOwner { get; } public int Issues() => 0; } }"),
        new(
            "setters-return-void",
            "members: { kind: method, name-matches: '^Set[A-Z]', types: Proof.Setters.** }\nreturns: void",
            "namespace Proof.Setters { public class Profile { public Profile SetName(string name) => this; } }",
            "namespace Proof.Setters { public class Profile { private string name = \"\"; public void SetName(string value) => name = value; public string Settings() => name; } }"),
        new(
            "command-handlers-return-int",
            "members: { kind: method, types: { implements: Proof.Cqrs.ICommandHandler`1 }, visibility: public }\nreturns: int",
            "namespace Proof.Cqrs { public class Ship : ICommandHandler<string> { public int Execute(string command) => 0; public string Describe() => \"\"; } }",
            "namespace Proof.Cqrs { public class Ship : ICommandHandler<string> { public int Execute(string command) => 0; private string Describe() => \"\"; } }"),
        new(
            "controller-actions-return-api-response",
            "members: { kind: method, types: { has-attribute: Proof.Web.ApiControllerAttribute }, visibility: public }\nreturns: Proof.Web.ApiResponse`1",
            "namespace Proof.Web { [ApiController] public class OrdersController { public string Get() => \"\"; } }",
            "namespace Proof.Web { [ApiController] public class OrdersController { public ApiResponse<string> Get() => new(); public System.Threading.Tasks.Task<ApiResponse<int>> CountAsync() => System.Threading.Tasks.Task.FromResult(new ApiResponse<int>()); } }"),
        new(
            "async-suffix",
            "members: { kind: method, async: true, types: Proof.Async.** }\npattern: 'Async$'",
            "namespace Proof.Async { public class Mailer { public async System.Threading.Tasks.Task Send() => await System.Threading.Tasks.Task.Yield(); } }",
            "namespace Proof.Async { public class Mailer { public async System.Threading.Tasks.Task SendAsync() => await System.Threading.Tasks.Task.Yield(); public System.Threading.Tasks.Task Flush() => System.Threading.Tasks.Task.CompletedTask; } }"),
        new(
            "no-public-instance-fields",
            "members: { kind: field, visibility: public, static: false, types: Proof.Fields.** }\nallowed: false",
            "namespace Proof.Fields { public class Point { public int X; } }",
            "namespace Proof.Fields { public class Point { public const int Origin = 0; public static readonly Point Zero = new(); private int x; public int X => x; } public enum Axis { Horizontal, Vertical } }"),
        new(
            "no-public-setters-in-domain",
            "members: { kind: property, types: Proof.Domain.** }\npublic-setter: false",
            "namespace Proof.Domain { public class Order { public int Total { get; set; } } }",
            "namespace Proof.Domain { public class Order { public int Total { get; private set; } public int Id { get; init; } } }"),
        new(
            "handlers-expose-only-handle",
            "members: { kind: method, types: { name: '*Handler', namespace: Proof.Handlers }, visibility: public }\npattern: '^Handle$'",
            "namespace Proof.Handlers { public sealed class PayHandler { public void Handle(int amount) { } public void Log() { } } }",
            "namespace Proof.Handlers { public sealed class PayHandler { public void Handle(int amount) => Log(); private void Log() { } } }"),
        new(
            "entity-constructors-not-public",
            "members: { kind: constructor, static: false, types: Proof.Entities.** }\nvisibility: [private, protected, internal]",
            "namespace Proof.Entities { public class Customer { public Customer(string name) { } } }",
            "namespace Proof.Entities { public class Customer { private Customer(string name) { } public static Customer Create(string name) => new(name); } }"),
        new(
            "commands-no-private-properties",
            "members: { kind: property, types: { name: '*Command', namespace: Proof.Commands }, visibility: private }\nallowed: false",
            "namespace Proof.Commands { public record PlaceOrderCommand(int Quantity) { private int Retries { get; set; } } }",
            "namespace Proof.Commands { public record PlaceOrderCommand(int Quantity) { public int Retries { get; init; } } }"),
        new(
            "no-forbidden-methods",
            "members: { kind: method, name-matches: '(?i)forbidden', types: Proof.Calls.** }\nallowed: false",
            "namespace Proof.Calls { public class Gate { public void CallForbiddenApi() { } } }",
            "namespace Proof.Calls { public class Gate { public void CallAllowedApi() { } } }"),
        new(
            "interfaces-start-with-i",
            "kind: naming\ntypes: { namespace: Proof.Contracts, kind: interface }\npattern: '^I[A-Z]'",
            "namespace Proof.Contracts { public interface Repository { } }",
            "namespace Proof.Contracts { public interface IRepository { } public class Repository : IRepository { } }",
            Kind: null),
    ];

    /// <summary>The ADR holding every case's rule.</summary>
    public static string Adr() =>
        $"---\nid: {AdrId}\ntitle: Rules moved from public suites\nstatus: accepted\nrules:\n"
        + string.Concat(All.Select(c => $"  - id: {c.Id}\n" + (c.Kind is null ? string.Empty : $"    kind: {c.Kind}\n") + "    " + c.Yaml.Replace("\n", "\n    ", System.StringComparison.Ordinal) + "\n"))
        + "---\n# Rules moved from public suites\n";
}

/// <summary>A rule (its YAML after <c>id</c>; <see cref="Kind"/> is written first unless the YAML does) and its two examples.</summary>
internal sealed record ProofCase(string Id, string Yaml, string Violating, string Compliant, string? Kind = "members")
{
    public override string ToString() => Id;
}
