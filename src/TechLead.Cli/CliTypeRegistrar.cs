using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console.Cli;

namespace TechLead.Cli;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs to hand commands their <see cref="Infrastructure.CliEnvironment"/>:
/// instances, factories and implementation types by service (the last registration wins, <c>IEnumerable&lt;T&gt;</c>
/// gets them all), and types built through their widest constructor whose parameters are registered.
/// One per run, so nothing is shared between runs.
/// </summary>
internal sealed class CliTypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, List<Func<Resolver, object?>>> registrations = [];

    public void Register(Type service, Type implementation) => Add(service, resolver => resolver.Create(implementation));

    public void RegisterInstance(Type service, object implementation) => Add(service, _ => implementation);

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        Add(service, _ => lazy.Value);
    }

    public ITypeResolver Build() => new Resolver(registrations.ToDictionary(p => p.Key, p => p.Value.ToList()));

    private void Add(Type service, Func<Resolver, object?> factory)
    {
        if (!registrations.TryGetValue(service, out var factories))
        {
            registrations[service] = factories = [];
        }

        factories.Add(factory);
    }

    private sealed class Resolver(Dictionary<Type, List<Func<Resolver, object?>>> registrations) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (registrations.TryGetValue(type, out var factories))
            {
                return factories[^1](this);
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            {
                var element = type.GetGenericArguments()[0];
                var all = registrations.TryGetValue(element, out var many) ? many.Select(f => f(this)).Where(o => o is not null).ToList() : [];
                var array = Array.CreateInstance(element, all.Count);
                for (var index = 0; index < all.Count; index++)
                {
                    array.SetValue(all[index], index);
                }

                return array;
            }

            return Create(type);
        }

        public object? Create(Type type)
        {
            if (type.IsAbstract || type.IsInterface)
            {
                return null;
            }

            foreach (var constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
            {
                // Constructor parameters come from registrations only: nothing is guessed.
                var arguments = constructor.GetParameters().Select(p => IsKnown(p.ParameterType) ? Resolve(p.ParameterType) : null).ToArray();
                if (arguments.All(a => a is not null))
                {
                    return constructor.Invoke(arguments);
                }
            }

            return null;
        }

        private bool IsKnown(Type type) =>
            registrations.ContainsKey(type) || (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>));
    }
}
