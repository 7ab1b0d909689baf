using System;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>
/// Where a test collection starts among the others (lower first; collections without it start last, as xunit orders
/// them). The run's length is its longest chain of slow tests, so that chain must not wait for a free slot.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class StartOrderAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
