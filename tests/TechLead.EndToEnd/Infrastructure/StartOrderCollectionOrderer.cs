using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Xunit.Abstractions;

namespace TechLead.EndToEnd.Infrastructure;

/// <summary>Starts the test collections by the <see cref="StartOrderAttribute"/> of their definitions (see TestGroups.cs).</summary>
public sealed class StartOrderCollectionOrderer : ITestCollectionOrderer
{
    public IEnumerable<ITestCollection> OrderTestCollections(IEnumerable<ITestCollection> testCollections) =>
        testCollections.Select((collection, index) => (collection, index))
            .OrderBy(c => OrderOf(c.collection))
            .ThenBy(c => c.index)
            .Select(c => c.collection)
            .ToList();

    private static int OrderOf(ITestCollection collection) =>
        (collection.CollectionDefinition as IReflectionTypeInfo)?.Type.GetCustomAttribute<StartOrderAttribute>()?.Order ?? int.MaxValue;
}
