using System;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TechLead.Fitness.Xunit;

/// <summary>
/// One fitness case (<c>ADR-0007/domain-no-infra</c>): its display name is the case name, its skip
/// reason its own (proposed rules, kinds the engine cannot check); both survive serialization, so
/// Test Explorer and <c>dotnet test</c> list and run cases one by one.
/// </summary>
public sealed class AdrRuleTestCase : XunitTestCase
{
    private string caseName = string.Empty;
    private string? caseSkipReason;

    /// <summary>For deserialization only.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public AdrRuleTestCase()
    {
    }

    public AdrRuleTestCase(IMessageSink diagnosticMessageSink, TestMethodDisplay display, TestMethodDisplayOptions displayOptions, ITestMethod testMethod, string caseName, string? skipReason)
        : base(diagnosticMessageSink, display, displayOptions, testMethod, [caseName])
    {
        this.caseName = caseName;
        caseSkipReason = skipReason;
    }

    public override void Serialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        base.Serialize(data);
        data.AddValue("CaseName", caseName);
        data.AddValue("CaseSkipReason", caseSkipReason);
    }

    public override void Deserialize(IXunitSerializationInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        caseName = data.GetValue<string>("CaseName");
        caseSkipReason = data.GetValue<string>("CaseSkipReason");
        base.Deserialize(data);
    }

    public override Task<RunSummary> RunAsync(IMessageSink diagnosticMessageSink, IMessageBus messageBus, object[] constructorArguments, ExceptionAggregator aggregator, CancellationTokenSource cancellationTokenSource) =>
        new OutputCapturingTestCaseRunner(this, DisplayName, SkipReason, constructorArguments, TestMethodArguments, messageBus, aggregator, cancellationTokenSource).RunAsync();

    protected override string GetDisplayName(IAttributeInfo factAttribute, string displayName) => caseName;

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => caseSkipReason;
}
