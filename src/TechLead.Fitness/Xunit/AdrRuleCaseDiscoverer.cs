using System;
using System.Collections.Generic;
using System.Reflection;
using TechLead.Fitness.Cases;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TechLead.Fitness.Xunit;

/// <summary>
/// Creates the consumer's fitness class once at discovery, reads its ADRs and yields one
/// <see cref="AdrRuleTestCase"/> per case with the case's own display name and skip reason.
/// </summary>
public sealed class AdrRuleCaseDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        ArgumentNullException.ThrowIfNull(discoveryOptions);
        ArgumentNullException.ThrowIfNull(testMethod);
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        IReadOnlyList<FitnessCase> cases;
        try
        {
            var type = testMethod.TestClass.Class.ToRuntimeType();
            var instance = (AdrFitnessTests)Activator.CreateInstance(type)!;
            cases = FitnessCatalog.For(instance);
        }
#pragma warning disable CA1031 // whatever the consumer's constructor throws must become a visible failing case, not a silent gap
        catch (Exception error)
#pragma warning restore CA1031
        {
            var reason = error is TargetInvocationException { InnerException: { } inner } ? inner : error;
            return [new ExecutionErrorTestCase(diagnosticMessageSink, display, displayOptions, testMethod, $"TechLead.Fitness could not create {testMethod.TestClass.Class.Name}: {reason.GetType().Name}: {reason.Message}")];
        }

        var testCases = new List<IXunitTestCase>(cases.Count);
        foreach (var fitnessCase in cases)
        {
            testCases.Add(new AdrRuleTestCase(diagnosticMessageSink, display, displayOptions, testMethod, fitnessCase.Name, fitnessCase.SkipReason));
        }

        return testCases;
    }
}
