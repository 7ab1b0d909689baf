using System;
using System.Collections.Generic;
using Mono.Cecil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// What IL shows that the C# source did not write (docs/dependency-forms.md, "What the compiler synthesizes";
/// rules/0039): attributes the compiler applies, the protocol members it calls for <c>foreach</c>, <c>await</c>,
/// <c>using</c>, operators, <c>typeof</c>, array and expression-tree construction, and the wrapper types C#
/// writes as syntax (<c>int?</c>, tuples). Names only: nothing here needs a referenced assembly to load.
/// </summary>
internal static class SynthesizedReferences
{
    private const string CompilerServices = "System.Runtime.CompilerServices.";

    /// <summary>Attributes the compiler emits for language features; C# either forbids writing them or they mean the feature.</summary>
    private static readonly HashSet<string> CompilerAttributes = new(StringComparer.Ordinal)
    {
        CompilerServices + "CompilerGeneratedAttribute",
        CompilerServices + "ExtensionAttribute",
        CompilerServices + "ExtensionMarkerAttribute",
        CompilerServices + "TupleElementNamesAttribute",
        CompilerServices + "NullableAttribute",
        CompilerServices + "NullableContextAttribute",
        CompilerServices + "NullablePublicOnlyAttribute",
        CompilerServices + "AsyncStateMachineAttribute",
        CompilerServices + "IteratorStateMachineAttribute",
        CompilerServices + "AsyncIteratorStateMachineAttribute",
        CompilerServices + "IsReadOnlyAttribute",
        CompilerServices + "IsByRefLikeAttribute",
        CompilerServices + "IsUnmanagedAttribute",
        CompilerServices + "DynamicAttribute",
        CompilerServices + "NativeIntegerAttribute",
        CompilerServices + "ScopedRefAttribute",
        CompilerServices + "RefSafetyRulesAttribute",
        CompilerServices + "RequiredMemberAttribute",
        CompilerServices + "CompilerFeatureRequiredAttribute",
        CompilerServices + "DecimalConstantAttribute",
        CompilerServices + "ParamCollectionAttribute",
        CompilerServices + "InterpolatedStringHandlerArgumentAttribute",
        CompilerServices + "PreserveBaseOverridesAttribute",
        CompilerServices + "FixedBufferAttribute",
        CompilerServices + "IsExternalInit",
        "System.ParamArrayAttribute",
        "System.Reflection.DefaultMemberAttribute",
        "System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute",
        "System.Diagnostics.DebuggerHiddenAttribute",
        "System.Diagnostics.DebuggerBrowsableAttribute",
        "Microsoft.CodeAnalysis.EmbeddedAttribute",
    };

    /// <summary>Types only the compiler's lowering uses: state machines' builders, awaiters, interpolation handlers, array helpers.</summary>
    private static readonly HashSet<string> LoweringTypes = new(StringComparer.Ordinal)
    {
        CompilerServices + "IAsyncStateMachine",
        CompilerServices + "AsyncTaskMethodBuilder",
        CompilerServices + "AsyncTaskMethodBuilder`1",
        CompilerServices + "AsyncValueTaskMethodBuilder",
        CompilerServices + "AsyncValueTaskMethodBuilder`1",
        CompilerServices + "AsyncVoidMethodBuilder",
        CompilerServices + "AsyncIteratorMethodBuilder",
        CompilerServices + "PoolingAsyncValueTaskMethodBuilder",
        CompilerServices + "PoolingAsyncValueTaskMethodBuilder`1",
        CompilerServices + "DefaultInterpolatedStringHandler",
        CompilerServices + "RuntimeHelpers",
        CompilerServices + "ConfiguredCancelableAsyncEnumerable`1",
        "System.Threading.Tasks.Sources.ManualResetValueTaskSourceCore`1",
        "System.Runtime.InteropServices.CollectionsMarshal",
        "System.Runtime.ExceptionServices.ExceptionDispatchInfo",
        CompilerServices + "CallSite",
        CompilerServices + "CallSite`1",
    };

    /// <summary>What <c>await</c> compiles to inside a state machine; a user may call <c>GetAwaiter().GetResult()</c> elsewhere.</summary>
    private static readonly HashSet<string> AwaitTypes = new(StringComparer.Ordinal)
    {
        CompilerServices + "TaskAwaiter",
        CompilerServices + "TaskAwaiter`1",
        CompilerServices + "ValueTaskAwaiter",
        CompilerServices + "ValueTaskAwaiter`1",
        CompilerServices + "YieldAwaitable",
        CompilerServices + "ConfiguredTaskAwaitable",
        CompilerServices + "ConfiguredTaskAwaitable`1",
        CompilerServices + "ConfiguredValueTaskAwaitable",
        CompilerServices + "ConfiguredValueTaskAwaitable`1",
    };

    /// <summary>Members the compiler calls for <c>foreach</c>, <c>await</c>, <c>using</c> and <c>typeof</c>, by name, on the types that declare them.</summary>
    private static readonly HashSet<string> ProtocolMembers = new(StringComparer.Ordinal)
    {
        "System.Collections.IEnumerable::GetEnumerator",
        "System.Collections.Generic.IEnumerable`1::GetEnumerator",
        "System.Collections.IEnumerator::MoveNext",
        "System.Collections.IEnumerator::get_Current",
        "System.Collections.Generic.IEnumerator`1::get_Current",
        "System.Collections.Generic.IAsyncEnumerable`1::GetAsyncEnumerator",
        "System.Collections.Generic.IAsyncEnumerator`1::MoveNextAsync",
        "System.Collections.Generic.IAsyncEnumerator`1::get_Current",
        "System.IDisposable::Dispose",
        "System.IAsyncDisposable::DisposeAsync",
        "System.Type::GetTypeFromHandle",
        "System.Reflection.MethodBase::GetMethodFromHandle",
        "System.Reflection.FieldInfo::GetFieldFromHandle",
        "System.String::Concat",
        "System.Threading.Monitor::Enter",
        "System.Threading.Monitor::Exit",
        "System.Threading.Lock::EnterScope",
        "System.Threading.Lock/Scope::Dispose",
        "System.Decimal::.ctor",
    };

    /// <summary>
    /// Types C# writes as syntax whose IL wrapper is no dependency of its own (docs/dependency-forms.md: <c>int?</c> and
    /// tuples reference their element types only). The reader keeps their type arguments.
    /// </summary>
    public static bool IsTransparentWrapper(TypeReference definition)
    {
        var name = definition.FullName;
        return name == "System.Nullable`1" || name.StartsWith("System.ValueTuple", StringComparison.Ordinal);
    }

    /// <summary>An anonymous type (<c>&lt;&gt;f__AnonymousType0`2</c>): no dependency, and neither are the member types it is instantiated with.</summary>
    public static bool IsAnonymousType(TypeReference definition) =>
        definition.Name.StartsWith("<>f__AnonymousType", StringComparison.Ordinal) || definition.Name.StartsWith("VB$AnonymousType", StringComparison.Ordinal);

    /// <summary>The implicit base of a class, struct, enum or delegate: the source writes no base type.</summary>
    public static bool IsImplicitBase(TypeReference? baseType) =>
        baseType?.FullName is "System.Object" or "System.ValueType" or "System.Enum" or "System.MulticastDelegate";

    public static bool IsCompilerAttribute(CustomAttribute attribute) => CompilerAttributes.Contains(attribute.AttributeType.FullName);

    /// <summary>A type only lowering uses (in a state machine's <c>MoveNext</c>, also the awaiters); <c>dynamic</c>'s binder too.</summary>
    public static bool IsLoweringType(TypeReference type, bool inStateMachine = false)
    {
        var definition = CecilNames.Unwrap(type);
        var name = definition.FullName;
        return LoweringTypes.Contains(name) || name.StartsWith("Microsoft.CSharp.RuntimeBinder.", StringComparison.Ordinal)
            || (inStateMachine && (AwaitTypes.Contains(name) || IsAwaiter(definition)));
    }

    /// <summary>
    /// A call the compiler makes, not the user: operators and conversions (the source writes <c>a + b</c>, rules/0039),
    /// the enumerator, awaiter, disposal and <c>typeof</c> protocols, a <c>List&lt;T&gt;.Enumerator</c>'s members,
    /// expression-tree factories for <c>x =&gt; x.Street</c>, and any member of a lowering type.
    /// </summary>
    public static bool IsProtocolCall(MethodReference method, bool inStateMachine)
    {
        var declaring = CecilNames.Unwrap(method.DeclaringType);
        var name = method.Name;
        if (name.StartsWith("op_", StringComparison.Ordinal) || name is "GetEnumerator" or "GetAsyncEnumerator" || (inStateMachine && name == "GetAwaiter"))
        {
            return true;
        }

        if (IsLoweringType(declaring, inStateMachine) || IsEnumerator(declaring))
        {
            return true;
        }

        var declaringName = declaring.FullName;
        if (declaringName == "System.Linq.Expressions.Expression")
        {
            return true;
        }

        return ProtocolMembers.Contains(declaringName + "::" + name);
    }

    /// <summary>A struct enumerator (<c>List&lt;T&gt;.Enumerator</c>): only <c>foreach</c> uses it.</summary>
    public static bool IsEnumerator(TypeReference type)
    {
        var definition = CecilNames.Unwrap(type);
        return definition.DeclaringType is not null && definition.Name is "Enumerator";
    }

    private static bool IsAwaiter(TypeReference definition) =>
        definition.Name.EndsWith("Awaiter", StringComparison.Ordinal) || definition.Name.EndsWith("Awaiter`1", StringComparison.Ordinal);

    /// <summary>A field of a state machine or closure that holds a user's local (<c>&lt;db&gt;5__2</c>) or parameter (its own name).</summary>
    public static bool IsHoistedUserVariable(FieldDefinition field)
    {
        var name = field.Name;
        if (!name.StartsWith('<'))
        {
            return true;
        }

        var close = name.IndexOf('>', StringComparison.Ordinal);
        return close > 1 && name.AsSpan(close + 1).StartsWith("5__", StringComparison.Ordinal);
    }
}
