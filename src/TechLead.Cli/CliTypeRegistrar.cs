using System;
using System.Collections.Generic;
using System.Linq;
using Spectre.Console.Cli;

namespace TechLead.Cli;

/// <summary>
/// The smallest registrar Spectre.Console.Cli needs to hand commands their <see cref="Infrastructure.CliEnvironment"/>:
/// instances and factories by type, and types built through their widest constructor whose parameters are registered.
/// One per run, so nothing is shared between runs.
/// </summary>
internal sealed class CliTypeRegistrar : ITypeRegistrar
{
    private readonly Dictionary<Type, Func<object>> factories = [];
    private readonly Dictionary<Type, Type> implementations = [];

    public void Register(Type service, Type implementation) => implementations[service] = implementation;

    public void RegisterInstance(Type service, object implementation) => factories[service] = () => implementation;

    public void RegisterLazy(Type service, Func<object> factory)
    {
        var lazy = new Lazy<object>(factory);
        factories[service] = () => lazy.Value;
    }

    public ITypeResolver Build() => new Resolver(new(factories), new(implementations));

    private sealed class Resolver(Dictionary<Type, Func<object>> factories, Dictionary<Type, Type> implementations) : ITypeResolver
    {
        public object? Resolve(Type? type)
        {
            if (type is null)
            {
                return null;
            }

            if (factories.TryGetValue(type, out var factory))
            {
                return factory();
            }

            var implementation = implementations.TryGetValue(type, out var registered) ? registered : type;
            return implementation.IsAbstract || implementation.IsInterface ? null : Create(implementation);
        }

        private bool IsRegistered(Type type) => factories.ContainsKey(type) || implementations.ContainsKey(type);

        private object? Create(Type type)
        {
            foreach (var constructor in type.GetConstructors().OrderByDescending(c => c.GetParameters().Length))
            {
                var parameters = constructor.GetParameters();
                // Constructor parameters come from registrations only: nothing is guessed.
                var arguments = parameters.Select(p => IsRegistered(p.ParameterType) ? Resolve(p.ParameterType) : null).ToArray();
                if (arguments.All(a => a is not null))
                {
                    return constructor.Invoke(arguments);
                }
            }

            return null;
        }
    }
}
