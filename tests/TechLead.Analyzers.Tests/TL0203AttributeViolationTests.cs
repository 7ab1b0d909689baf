using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

public sealed class TL0203AttributeViolationTests
{
    [Fact]
    public Task Required_and_forbidden_attributes() =>
        Run(
            "namespace Shop.Dto { [System.Serializable] public class Ok { } public class {|#0:Missing|} { } [System.Serializable, System.Obsolete] public class {|#1:Old|} { } }",
            Adrs.WithRules(
                "  - id: dto-serializable\n    kind: attributes\n    types: Shop.Dto.*\n    require: [System.SerializableAttribute]\n"
                + "  - id: dto-current\n    kind: attributes\n    types: Shop.Dto.*\n    forbid: [System.ObsoleteAttribute]"),
            Diagnostic("TL0203", 0, $"[ADR-0007] 'Shop.Dto.Missing' must have attribute 'System.SerializableAttribute' (rule dto-serializable: {Adrs.Title})"),
            Diagnostic("TL0203", 1, $"[ADR-0007] 'Shop.Dto.Old' must not have attribute 'System.ObsoleteAttribute' (rule dto-current: {Adrs.Title})"));

    [Fact]
    public Task One_diagnostic_lists_every_missing_and_forbidden_attribute() =>
        Run(
            "namespace Shop.Contracts { public sealed class ContractAttribute : System.Attribute { } } namespace Shop.Dto { [System.Obsolete] public class {|#0:Bare|} { } [Shop.Contracts.Contract] public class {|#1:Half|} { } }",
            Adrs.WithRules("  - id: dto-shape\n    kind: attributes\n    types: Shop.Dto.*\n    require: [System.SerializableAttribute, Shop.Contracts.ContractAttribute]\n    forbid: [System.ObsoleteAttribute]"),
            Diagnostic("TL0203", 0, $"[ADR-0007] 'Shop.Dto.Bare' must have attributes 'System.SerializableAttribute' and 'Shop.Contracts.ContractAttribute' and must not have attribute 'System.ObsoleteAttribute' (rule dto-shape: {Adrs.Title})"),
            Diagnostic("TL0203", 1, $"[ADR-0007] 'Shop.Dto.Half' must have attribute 'System.SerializableAttribute' (rule dto-shape: {Adrs.Title})"));
}
