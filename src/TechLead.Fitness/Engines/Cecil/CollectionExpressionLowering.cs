using System;
using System.Collections.Generic;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// A collection expression whose target is an interface (<c>IReadOnlyCollection&lt;T&gt; x = [.. items]</c>) compiles to a
/// <c>List&lt;T&gt;</c> (or <c>Enumerable.ToList</c>/<c>ToArray</c>) the compiler then wraps in a type of its own
/// (<c>&lt;&gt;z__ReadOnlyList&lt;T&gt;</c>). The source writes neither: only the element types are the code's
/// (docs/dependency-forms.md), so the list's members used to build the wrapped value are lowering.
/// </summary>
internal static class CollectionExpressionLowering
{
    /// <summary>The instructions that build a value the compiler wraps in its own read-only collection type; empty when there is none.</summary>
    public static HashSet<Instruction> In(MethodDefinition method)
    {
        var lowered = new HashSet<Instruction>();
        var body = method.Body;
        foreach (var instruction in body.Instructions)
        {
            if (instruction.OpCode.Code != Code.Newobj || instruction.Operand is not MethodReference { DeclaringType: var wrapper } || !IsCompilerCollection(wrapper))
            {
                continue;
            }

            // Back to the start of the statement (the previous visible sequence point): the wrapped value is built there.
            for (var previous = instruction.Previous; previous is not null; previous = previous.Previous)
            {
                if (IsBuildingCall(previous))
                {
                    lowered.Add(previous);
                }

                if (method.DebugInformation?.GetSequencePoint(previous) is { IsHidden: false })
                {
                    break;
                }
            }
        }

        return lowered;
    }

    /// <summary>The types the compiler synthesizes for collection expressions (<c>&lt;&gt;z__ReadOnlyArray</c>, <c>&lt;&gt;z__ReadOnlyList</c>, …).</summary>
    public static bool IsCompilerCollection(TypeReference type) =>
        CecilNames.Unwrap(type).Name.StartsWith("<>z__ReadOnly", StringComparison.Ordinal);

    private static bool IsBuildingCall(Instruction instruction) => instruction.Operand is MethodReference called
        && (CecilNames.Unwrap(called.DeclaringType).FullName, called.Name) is
            ("System.Collections.Generic.List`1", ".ctor" or "Add" or "AddRange" or "EnsureCapacity")
            or ("System.Linq.Enumerable", "ToList" or "ToArray");
}
