using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;
using TechLead.Fitness.Evaluation;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Members;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// The members a type declares as a <c>members</c> rule sees them (rules/0036), read from IL: what the compiler made up
/// is recognized by its <c>[CompilerGenerated]</c> mark, its unspeakable name, the <c>specialname</c> flag (accessors,
/// operators), the slot it reuses (overrides, explicit implementations), or its shape (the implicit constructors).
/// C# 14 extension members are read from their grouping type and count as members of the static class.
/// </summary>
internal static class DeclaredMemberCollector
{
    /// <summary>Attributes the compiler applies itself: no user wrote them on the member.</summary>
    private static readonly HashSet<string> CompilerAppliedAttributes = new(StringComparer.Ordinal)
    {
        "System.Runtime.CompilerServices.CompilerGeneratedAttribute",
        "System.Runtime.CompilerServices.AsyncStateMachineAttribute",
        "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.IteratorStateMachineAttribute",
        "System.Runtime.CompilerServices.NullableAttribute",
        "System.Runtime.CompilerServices.NullableContextAttribute",
        "System.Runtime.CompilerServices.NativeIntegerAttribute",
        "System.Runtime.CompilerServices.DynamicAttribute",
        "System.Runtime.CompilerServices.TupleElementNamesAttribute",
        "System.Runtime.CompilerServices.IsReadOnlyAttribute",
        "System.Runtime.CompilerServices.IsByRefLikeAttribute",
        "System.Runtime.CompilerServices.IsUnmanagedAttribute",
        "System.Runtime.CompilerServices.ScopedRefAttribute",
        "System.Runtime.CompilerServices.RequiredMemberAttribute",
        "System.Runtime.CompilerServices.CompilerFeatureRequiredAttribute",
        "System.Runtime.CompilerServices.ExtensionAttribute",
        "System.Runtime.CompilerServices.ExtensionMarkerAttribute",
        "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute",
        "System.Runtime.CompilerServices.DecimalConstantAttribute",
        "System.Diagnostics.DebuggerStepThroughAttribute",
        "System.Diagnostics.DebuggerHiddenAttribute",
        "System.Diagnostics.DebuggerBrowsableAttribute",
    };

    public static void Collect(TypeDefinition type, List<DeclaredMember> into)
    {
        if (type.BaseType?.FullName == "System.MulticastDelegate" || CecilNames.IsTopLevelProgram(type) || CecilNames.IsCompilerGeneratedType(type))
        {
            // A delegate's members are the runtime's; the top-level Program is the compiler's (as for type rules).
            return;
        }

        var typeName = CecilNames.FullName(type);
        var extensionImplementations = new HashSet<string>(StringComparer.Ordinal);
        if (type.IsAbstract && type.IsSealed && type.HasNestedTypes)
        {
            foreach (var nested in type.NestedTypes)
            {
                if (IsExtensionGrouping(nested))
                {
                    CollectMembers(nested, typeName, into, extensionImplementations, extensionOf: type);
                }
            }
        }

        CollectMembers(type, typeName, into, extensionImplementations, extensionOf: null);
    }

    private static void CollectMembers(TypeDefinition type, string typeName, List<DeclaredMember> into, HashSet<string> extensionImplementations, TypeDefinition? extensionOf)
    {
        foreach (var field in type.Fields)
        {
            if (!field.IsSpecialName && !IsGenerated(field.Name) && !CecilNames.IsCompilerGenerated(field))
            {
                into.Add(new DeclaredMember(field.Name, MemberKind.Field, Visibility(field), field.IsStatic, false, Spell(field.FieldType), Awaited(field.FieldType), 0, Attributes(field), false, CecilNames.FieldId(field)) { ValueTypeDefinitions = ValueTypeDefinitions(field.FieldType) });
            }
        }

        foreach (var property in type.Properties)
        {
            var accessor = property.GetMethod ?? property.SetMethod;
            if (accessor is null || IsGenerated(property.Name) || CecilNames.IsCompilerGenerated(property) || IsImplementation(accessor))
            {
                continue;
            }

            extensionImplementations.Add(accessor.Name);
            var publicSetter = property.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter);
            var id = extensionOf is null ? CecilNames.PropertyId(property) : "P:" + typeName + "." + property.Name;
            into.Add(new DeclaredMember(property.Name, MemberKind.Property, PropertyVisibility(property), accessor.IsStatic, false, Spell(property.PropertyType), Awaited(property.PropertyType), 0, Attributes(property), publicSetter, id) { ValueTypeDefinitions = ValueTypeDefinitions(property.PropertyType), IsOverride = IsOverride(accessor) });
        }

        foreach (var @event in type.Events)
        {
            if (@event.AddMethod is { } add && !IsImplementation(add) && !IsGenerated(@event.Name))
            {
                into.Add(new DeclaredMember(@event.Name, MemberKind.Event, Visibility(add), add.IsStatic, false, null, null, 0, Attributes(@event), false, CecilNames.EventId(@event)) { IsOverride = IsOverride(add) });
            }
        }

        foreach (var method in type.Methods)
        {
            if (method.IsConstructor)
            {
                if (extensionOf is null && IsDeclaredConstructor(type, method))
                {
                    into.Add(new DeclaredMember(TypeRuleChecker.StripArity(type.Name), MemberKind.Constructor, Visibility(method), method.IsStatic, false, null, null, method.Parameters.Count, Attributes(method), false, CecilNames.MethodId(method)));
                }

                continue;
            }

            if (method.IsSpecialName || IsGenerated(method.Name) || CecilNames.IsCompilerGenerated(method) || IsImplementation(method)
                || (extensionOf is null && method.IsStatic && extensionImplementations.Contains(method.Name)))
            {
                continue;
            }

            if (extensionOf is not null)
            {
                extensionImplementations.Add(method.Name);
            }

            var id = extensionOf is null ? CecilNames.MethodId(method) : "M:" + typeName + "." + method.Name;
            into.Add(new DeclaredMember(method.Name, MemberKind.Method, Visibility(method), method.IsStatic, IsAsync(method), Spell(method.ReturnType), Awaited(method.ReturnType), method.Parameters.Count, Attributes(method), false, id) { ValueTypeDefinitions = ValueTypeDefinitions(method.ReturnType), IsOverride = IsOverride(method) });
        }
    }

    /// <summary>
    /// A constructor the user wrote. The compiler adds a static constructor for static field initializers (C# then marks the
    /// type <c>beforefieldinit</c>, which a written one prevents) and a parameterless one to a class without any: that one
    /// is public (protected when abstract) and only calls the base constructor after the field initializers. A written
    /// <c>{ }</c> leaves two <c>nop</c>s in Debug code and none in Release, where the two cannot be told apart (rules/0036).
    /// </summary>
    private static bool IsDeclaredConstructor(TypeDefinition type, MethodDefinition constructor)
    {
        if (CecilNames.IsCompilerGenerated(constructor))
        {
            return false;
        }

        if (constructor.IsStatic)
        {
            return !type.IsBeforeFieldInit;
        }

        if (constructor.Parameters.Count > 0 || type.IsValueType || !(constructor.IsPublic || (type.IsAbstract && constructor.IsFamily)))
        {
            return true;
        }

        foreach (var other in type.Methods)
        {
            if (other.IsConstructor && !other.IsStatic && !ReferenceEquals(other, constructor))
            {
                return true;
            }
        }

        return !OnlyCallsTheBaseConstructor(constructor);
    }

    private static bool OnlyCallsTheBaseConstructor(MethodDefinition constructor)
    {
        if (!constructor.HasBody)
        {
            return false;
        }

        var instructions = constructor.Body.Instructions;
        var last = instructions.Count - 1;
        if (last < 1 || instructions[last].OpCode != OpCodes.Ret)
        {
            return false;
        }

        var index = last - 1;
        if (instructions[index].OpCode == OpCodes.Nop)
        {
            index--;
        }

        return index >= 1 && instructions[index].OpCode == OpCodes.Call
            && instructions[index].Operand is MethodReference { Name: ".ctor" }
            && instructions[index - 1].OpCode == OpCodes.Ldarg_0;
    }

    /// <summary>The type a C# 14 <c>extension(...)</c> block compiles to: an unspeakable nested type marked with an <c>&lt;Extension&gt;$</c> method (itself or in a nested marker type).</summary>
    private static bool IsExtensionGrouping(TypeDefinition nested)
    {
        if (!nested.Name.StartsWith('<'))
        {
            return false;
        }

        foreach (var method in nested.Methods)
        {
            if (method.Name == "<Extension>$")
            {
                return true;
            }
        }

        foreach (var marker in nested.NestedTypes)
        {
            foreach (var method in marker.Methods)
            {
                if (method.Name == "<Extension>$")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsInitOnly(MethodDefinition setter)
    {
        if (setter.ReturnType is RequiredModifierType modifier)
        {
            return modifier.ModifierType.FullName == "System.Runtime.CompilerServices.IsExternalInit";
        }

        return false;
    }

    private static bool IsAsync(MethodDefinition method)
    {
        foreach (var attribute in method.CustomAttributes)
        {
            if (attribute.AttributeType.FullName is "System.Runtime.CompilerServices.AsyncStateMachineAttribute" or "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute")
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Attributes(ICustomAttributeProvider provider)
    {
        var names = new List<string>();
        if (provider.HasCustomAttributes)
        {
            foreach (var attribute in provider.CustomAttributes)
            {
                var name = CecilNames.FullName(attribute.AttributeType);
                if (!CompilerAppliedAttributes.Contains(name))
                {
                    names.Add(name);
                }
            }
        }

        return names;
    }

    /// <summary>The spelling of <see cref="MemberTypeNames"/>.</summary>
    private static string Spell(TypeReference type)
    {
        switch (type)
        {
            case RequiredModifierType required:
                return Spell(required.ElementType);
            case OptionalModifierType optional:
                return Spell(optional.ElementType);
            case ByReferenceType reference:
                return Spell(reference.ElementType);
            case ArrayType array:
                return Spell(array.ElementType) + MemberTypeNames.ArraySuffix(array.Rank);
            case PointerType pointer:
                return Spell(pointer.ElementType) + "*";
            case GenericParameter parameter:
                return parameter.Name;
            case GenericInstanceType instance:
                return CecilNames.FullName(instance.ElementType);
            default:
                return CecilNames.FullName(type);
        }
    }

    /// <summary>What <c>type-not</c> looks at (<see cref="MemberValueTypes"/>): the named value type, then its named generic arguments, as definitions.</summary>
    private static List<TypeReference> ValueTypeDefinitions(TypeReference type)
    {
        while (type is RequiredModifierType or OptionalModifierType or ByReferenceType)
        {
            type = ((TypeSpecification)type).ElementType;
        }

        var definitions = new List<TypeReference>();
        if (type is GenericInstanceType instance)
        {
            definitions.Add(instance.ElementType);
            foreach (var argument in instance.GenericArguments)
            {
                if (NamedDefinition(argument) is { } named)
                {
                    definitions.Add(named);
                }
            }
        }
        else if (NamedDefinition(type) is { } named)
        {
            definitions.Add(named);
        }

        return definitions;

        static TypeReference? NamedDefinition(TypeReference reference) => reference switch
        {
            GenericInstanceType generic => generic.ElementType,
            TypeSpecification or GenericParameter => null,
            _ => reference,
        };
    }

    private static string? Awaited(TypeReference type)
    {
        while (type is RequiredModifierType or OptionalModifierType)
        {
            type = ((TypeSpecification)type).ElementType;
        }

        return type is GenericInstanceType { GenericArguments.Count: 1 } instance && MemberTypeNames.IsAwaitable(CecilNames.FullName(instance.ElementType))
            ? Spell(instance.GenericArguments[0])
            : null;
    }

    internal static MemberVisibility Visibility(MethodDefinition method) => (method.Attributes & MethodAttributes.MemberAccessMask) switch
    {
        MethodAttributes.Public => MemberVisibility.Public,
        MethodAttributes.Assembly => MemberVisibility.Internal,
        MethodAttributes.Family => MemberVisibility.Protected,
        MethodAttributes.FamORAssem => MemberVisibility.ProtectedInternal,
        MethodAttributes.FamANDAssem => MemberVisibility.PrivateProtected,
        _ => MemberVisibility.Private,
    };

    private static MemberVisibility Visibility(FieldDefinition field) => (field.Attributes & FieldAttributes.FieldAccessMask) switch
    {
        FieldAttributes.Public => MemberVisibility.Public,
        FieldAttributes.Assembly => MemberVisibility.Internal,
        FieldAttributes.Family => MemberVisibility.Protected,
        FieldAttributes.FamORAssem => MemberVisibility.ProtectedInternal,
        FieldAttributes.FamANDAssem => MemberVisibility.PrivateProtected,
        _ => MemberVisibility.Private,
    };

    /// <summary>A property is as visible as its most visible accessor (C# lets accessors only narrow it).</summary>
    private static MemberVisibility PropertyVisibility(PropertyDefinition property)
    {
        var get = property.GetMethod is { } getter ? Visibility(getter) : (MemberVisibility?)null;
        var set = property.SetMethod is { } setter ? Visibility(setter) : (MemberVisibility?)null;
        if (get is null || set is null)
        {
            return get ?? set!.Value;
        }

        return Rank(get.Value) >= Rank(set.Value) ? get.Value : set.Value;
    }

    private static int Rank(MemberVisibility visibility) => visibility switch
    {
        MemberVisibility.Public => 5,
        MemberVisibility.ProtectedInternal => 4,
        MemberVisibility.Internal => 3,
        MemberVisibility.Protected => 2,
        MemberVisibility.PrivateProtected => 1,
        _ => 0,
    };

    /// <summary>
    /// An explicit interface implementation (a MethodImpl), or an override with a MethodImpl (a covariant return): not a
    /// member the type shows under its own name. Plain overrides are kept, marked <see cref="IsOverride"/>, for
    /// <c>include-overrides</c> (rules/0069); selectors skip them otherwise.
    /// </summary>
    private static bool IsImplementation(MethodDefinition method) => method.HasOverrides && !IsOverride(method);

    /// <summary>An override: a virtual method that reuses its base's slot, or a covariant-return override (PreserveBaseOverrides).</summary>
    private static bool IsOverride(MethodDefinition method) =>
        method is { IsVirtual: true, IsNewSlot: false, HasOverrides: false } || (method.HasOverrides && HasAttribute(method, "System.Runtime.CompilerServices.PreserveBaseOverridesAttribute"));

    private static bool HasAttribute(MethodDefinition method, string name)
    {
        foreach (var attribute in method.CustomAttributes)
        {
            if (attribute.AttributeType.FullName == name)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGenerated(string name) => name.Contains('<', StringComparison.Ordinal);
}
