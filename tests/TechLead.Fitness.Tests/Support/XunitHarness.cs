using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using TechLead.Fitness.Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace TechLead.Fitness.Tests.Support;

/// <summary>Drives xunit 2's own discovery and execution objects on a fitness class, in process.</summary>
internal static class XunitHarness
{
    public static IReadOnlyList<IXunitTestCase> Discover(Type fitnessClass)
    {
        var assembly = new TestAssembly(Reflector.Wrap(fitnessClass.Assembly));
        var collection = new TestCollection(assembly, null, "fitness");
        var testClass = new TestClass(collection, Reflector.Wrap(fitnessClass));
        var method = fitnessClass.GetMethod(nameof(AdrFitnessTests.Rule))!;
        var testMethod = new TestMethod(testClass, Reflector.Wrap(method));
        var attribute = Reflector.Wrap(method.GetCustomAttributesData().Single(a => a.AttributeType == typeof(AdrRuleCasesAttribute)));
        return new AdrRuleCaseDiscoverer(new NullMessageSink()).Discover(new DiscoveryOptions(), testMethod, attribute).ToList();
    }

    public static async Task<IReadOnlyList<IMessageSinkMessage>> RunAsync(IXunitTestCase testCase)
    {
        using var bus = new RecordingBus();
        var sink = new NullMessageSink();
        using var cancellation = new CancellationTokenSource();
        await testCase.RunAsync(sink, bus, [], new ExceptionAggregator(), cancellation);
        return bus.Messages;
    }

    public static IXunitTestCase Named(IEnumerable<IXunitTestCase> cases, string name) => cases.Single(c => c.DisplayName == name);

    private sealed class DiscoveryOptions : ITestFrameworkDiscoveryOptions
    {
        private readonly Dictionary<string, object?> values = [];

        public TValue GetValue<TValue>(string name) => values.TryGetValue(name, out var value) && value is TValue typed ? typed : default!;

        public void SetValue<TValue>(string name, TValue value) => values[name] = value;
    }

    private sealed class RecordingBus : IMessageBus
    {
        public List<IMessageSinkMessage> Messages { get; } = [];

        public bool QueueMessage(IMessageSinkMessage message)
        {
            Messages.Add(message);
            return true;
        }

        public void Dispose()
        {
        }
    }
}
