using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// The types a user type depends on in the sense of docs/adr-format.md ("What A depends on B means"), read from
/// IL and mapped back to what the source wrote (rules/0039): declarations (base type, the interfaces it lists,
/// attributes, member types, constraints) and bodies (locals the user declared, casts, <c>typeof</c>, object
/// creation, the containing type of every member used with the type arguments of the instantiation, caught
/// types), with lambdas, local functions, closures and state machines folded into their user type. What the
/// compiler synthesizes is left out (<see cref="SynthesizedReferences"/>): record members, state-machine
/// machinery, protocol calls, compiler-applied attributes, interfaces implied by another listed interface,
/// <c>[GeneratedCode]</c> members. Both IL engines read dependencies here, so they cannot differ on the mapping.
/// </summary>
internal static class SourceDependencies
{
    private const string GeneratedCodeAttribute = "System.CodeDom.Compiler.GeneratedCodeAttribute";

    public static List<TypeReference> Of(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        if (IsGeneratedCode(type) || GeneratedDocuments.DeclaresOnlyGenerated(type))
        {
            return found;
        }

        if (!SynthesizedReferences.IsImplicitBase(type.BaseType))
        {
            Add(type.BaseType, found);
        }

        foreach (var implemented in DeclaredInterfaces(type))
        {
            Add(implemented, found);
        }

        AddAttributes(type, found);
        AddConstraints(type, found);
        foreach (var field in type.Fields)
        {
            if (field.Name.Contains('<', StringComparison.Ordinal) || CecilNames.IsCompilerGenerated(field) || IsGeneratedCode(field)
                || (field.Name == "value__" && field.FieldType.MetadataType == MetadataType.Int32))
            {
                continue;
            }

            Add(field.FieldType, found);
            AddAttributes(field, found);
        }

        foreach (var property in type.Properties)
        {
            if (!CecilNames.IsCompilerGenerated(property) && !IsGeneratedCode(property))
            {
                Add(property.PropertyType, found);
                AddAttributes(property, found);
            }
        }

        foreach (var @event in type.Events)
        {
            Add(@event.EventType, found);
            AddAttributes(@event, found);
        }

        foreach (var method in type.Methods)
        {
            var lowered = method.Name.StartsWith('<');
            if ((CecilNames.IsCompilerGenerated(method) && !lowered) || method.Name == "<Main>" || IsGeneratedCode(method) || GeneratedDocuments.IsGenerated(method))
            {
                // Record members, auto-property and field-like event accessors (their types are the declarations' own), and the
                // entry point an async top-level program gets (`<Main>` awaits `<Main>$`).
                continue;
            }

            if (method.Name != "<Main>$")
            {
                // Top-level statements write no signature: `<Main>$`'s `string[] args` and the `Task` an async program returns are the compiler's.
                AddSignature(method, found, writtenVoid: !lowered || IsLocalFunction(method));
            }

            AddBody(method, type, found);
        }

        AddGeneratedNested(type, found);
        return found;
    }

    /// <summary>Closures and state machines nested in <paramref name="type"/>: their user code (lambda bodies, MoveNext) and hoisted user variables.</summary>
    private static void AddGeneratedNested(TypeDefinition type, List<TypeReference> found)
    {
        foreach (var nested in type.NestedTypes)
        {
            if (!CecilNames.IsCompilerGeneratedType(nested))
            {
                continue;
            }

            var stateMachine = IsStateMachine(nested);
            foreach (var field in nested.Fields)
            {
                if (SynthesizedReferences.IsHoistedUserVariable(field))
                {
                    Add(field.FieldType, found);
                }
            }

            foreach (var method in nested.Methods)
            {
                if (method.IsConstructor || (stateMachine && method.Name != "MoveNext") || GeneratedDocuments.IsGenerated(method))
                {
                    continue;
                }

                if (!stateMachine)
                {
                    AddSignature(method, found, writtenVoid: IsLocalFunction(method));
                }

                AddBody(method, nested, found);
            }

            AddGeneratedNested(nested, found);
        }
    }

    private static void AddSignature(MethodDefinition method, List<TypeReference> found, bool writtenVoid)
    {
        var returnsVoid = method.ReturnType.MetadataType == MetadataType.Void;
        if (!returnsVoid || (writtenVoid && !method.IsConstructor && !method.IsSetter && !method.IsAddOn && !method.IsRemoveOn))
        {
            Add(method.ReturnType, found);
        }

        foreach (var implemented in method.Overrides)
        {
            // An explicit interface implementation writes the interface's name (`IEnumerator IEnumerable.GetEnumerator()`).
            Add(implemented.DeclaringType, found);
        }

        var machine = HasStateMachine(method);
        AddAttributes(method, found, skipStepThrough: machine);
        AddAttributes(method.MethodReturnType, found);
        AddConstraints(method, found);
        foreach (var parameter in method.Parameters)
        {
            Add(parameter.ParameterType, found);
            AddAttributes(parameter, found);
        }
    }

    private static void AddBody(MethodDefinition method, TypeDefinition owner, List<TypeReference> found)
    {
        if (!method.HasBody)
        {
            return;
        }

        var body = method.Body;
        var inStateMachine = method.Name == "MoveNext" && IsStateMachine(owner);
        var userLocals = UserLocals(method);
        foreach (var variable in body.Variables)
        {
            if ((userLocals is null || userLocals.Contains(variable.Index))
                && !SynthesizedReferences.IsLoweringType(variable.VariableType, inStateMachine) && !SynthesizedReferences.IsEnumerator(variable.VariableType))
            {
                Add(variable.VariableType, found);
            }
        }

        foreach (var handler in body.ExceptionHandlers)
        {
            if (handler.CatchType is { } caught && !IsStateMachineCatchAll(handler, caught, body))
            {
                Add(caught, found);
            }
        }

        var implicitArguments = ImplicitArgumentTypes(body);
        var collectionLowering = CollectionExpressionLowering.In(method);
        Instruction? previous = null;
        foreach (var instruction in body.Instructions)
        {
            switch (instruction.Operand)
            {
                case TypeReference operand when CountsTypeOperand(instruction.OpCode.Code, operand, implicitArguments, inStateMachine) && !IsReflectionCast(instruction, previous):
                    Add(operand, found);
                    break;
                case GenericInstanceMethod { Name: "Lambda", DeclaringType.FullName: "System.Linq.Expressions.Expression" } lambda:
                    // An expression-tree lambda: its parameter and return types, as a compiled lambda's signature has them.
                    AddArgumentsOnly(lambda.GenericArguments[0], found);
                    break;
                case MethodReference called when !collectionLowering.Contains(instruction) && !CollectionExpressionLowering.IsCompilerCollection(called.DeclaringType)
                    && CountsCall(method, owner, instruction, called, previous, inStateMachine):
                    Add(called.DeclaringType, found);
                    if (called is GenericInstanceMethod generic)
                    {
                        foreach (var argument in generic.GenericArguments)
                        {
                            Add(argument, found);
                        }
                    }

                    break;
                case FieldReference field when !field.Name.Contains('<', StringComparison.Ordinal):
                    Add(field.DeclaringType, found);
                    break;
            }

            previous = instruction;
        }
    }

    /// <summary>Casts, <c>is</c>/<c>as</c>, <c>typeof</c>, <c>sizeof</c>, arrays and struct creation the user wrote; not boxing, <c>constrained.</c> or element access.</summary>
    private static bool CountsTypeOperand(Code code, TypeReference operand, HashSet<string> implicitArguments, bool inStateMachine) =>
        !SynthesizedReferences.IsLoweringType(operand, inStateMachine) && !SynthesizedReferences.IsEnumerator(operand) && code switch
    {
        Code.Castclass or Code.Isinst or Code.Unbox or Code.Unbox_Any or Code.Ldtoken or Code.Sizeof or Code.Mkrefany or Code.Refanyval => true,
        // A default argument (`CancellationToken ct = default`) or a params array is the callee's declaration, not the caller's code.
        // An expression tree's argument arrays (`new Expression[] { … }`) are the compiler's.
        Code.Newarr or Code.Initobj => !implicitArguments.Contains(operand.FullName) && operand.Namespace != "System.Linq.Expressions",
        _ => false,
    };

    /// <summary>The cast an expression tree puts on <c>methodof</c>/<c>fieldof</c> (<c>(MethodInfo)MethodBase.GetMethodFromHandle(…)</c>).</summary>
    private static bool IsReflectionCast(Instruction instruction, Instruction? previous) =>
        instruction.OpCode.Code == Code.Castclass && previous?.Operand is MethodReference { Name: "GetMethodFromHandle" or "GetFieldFromHandle" };

    private static void AddArgumentsOnly(TypeReference type, List<TypeReference> found)
    {
        if (type is GenericInstanceType generic)
        {
            foreach (var argument in generic.GenericArguments)
            {
                Add(argument, found);
            }
        }
    }

    private static bool CountsCall(MethodDefinition method, TypeDefinition owner, Instruction instruction, MethodReference called, Instruction? previous, bool inStateMachine)
    {
        if (SynthesizedReferences.IsProtocolCall(called, inStateMachine))
        {
            return false;
        }

        if (called is GenericInstanceMethod { Name: "Empty", DeclaringType.FullName: "System.Array" } empty && empty.GenericArguments[0].Namespace == "System.Linq.Expressions")
        {
            // An expression tree's empty argument list (`Array.Empty<Expression>()`), as its `new Expression[] { … }` arrays: the compiler's.
            return false;
        }

        if (called.Name == ".ctor" && instruction.OpCode.Code == Code.Call && method.IsConstructor)
        {
            // base(...) / this(...): the base type is in the base list already (docs/dependency-forms.md).
            return false;
        }

        // A delegate made from a lambda or a method group: the delegate type is the target's declaration, not written.
        return !(instruction.OpCode.Code == Code.Newobj && previous?.OpCode.Code is Code.Ldftn or Code.Ldvirtftn);
    }

    /// <summary>Types the compiler passes for the user: omitted optional struct parameters and params arrays of the methods the body calls.</summary>
    private static HashSet<string> ImplicitArgumentTypes(MethodBody body)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        if (!body.Instructions.Any(i => i.OpCode.Code is Code.Initobj or Code.Newarr))
        {
            // Resolving callees costs: only a body that creates a struct or an array needs to know.
            return types;
        }

        foreach (var instruction in body.Instructions)
        {
            if (instruction.Operand is not MethodReference called || !called.HasParameters)
            {
                continue;
            }

            var definition = CecilResolver.TryResolveMethod(called);
            if (definition is null)
            {
                continue;
            }

            foreach (var parameter in definition.Parameters)
            {
                if (parameter.IsOptional && parameter.ParameterType.IsValueType)
                {
                    types.Add(parameter.ParameterType.FullName);
                }
                else if (parameter.ParameterType is ArrayType array && HasAttribute(parameter, "System.ParamArrayAttribute"))
                {
                    types.Add(array.ElementType.FullName);
                }
            }
        }

        return types;
    }

    /// <summary>The async state machine's own <c>catch (Exception)</c> that hands the exception to the builder.</summary>
    private static bool IsStateMachineCatchAll(ExceptionHandler handler, TypeReference caught, MethodBody body)
    {
        if (caught.FullName != "System.Exception" || body.Method.Name != "MoveNext")
        {
            return false;
        }

        for (var instruction = handler.HandlerStart; instruction is not null && instruction != handler.HandlerEnd; instruction = instruction.Next)
        {
            if (instruction.Operand is MethodReference { Name: "SetException" })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Indexes of the locals the user declared (named in the PDB); null without symbols, when every local counts.</summary>
    private static HashSet<int>? UserLocals(MethodDefinition method)
    {
        if (!method.Module.HasSymbols)
        {
            return null;
        }

        var indexes = new HashSet<int>();
        if (method.DebugInformation?.Scope is { } scope)
        {
            CollectLocals(scope, indexes);
        }

        return indexes;
    }

    private static void CollectLocals(ScopeDebugInformation scope, HashSet<int> into)
    {
        foreach (var variable in scope.Variables)
        {
            if (!variable.IsDebuggerHidden)
            {
                into.Add(variable.Index);
            }
        }

        foreach (var inner in scope.Scopes)
        {
            CollectLocals(inner, into);
        }
    }

    /// <summary>The interfaces the source lists: IL also lists every interface those inherit, and a record's <c>IEquatable&lt;itself&gt;</c>.</summary>
    private static List<TypeReference> DeclaredInterfaces(TypeDefinition type)
    {
        var listed = new List<TypeReference>();
        foreach (var implementation in type.Interfaces)
        {
            if (!CecilNames.IsCompilerGenerated(implementation))
            {
                listed.Add(implementation.InterfaceType);
            }
        }

        var implied = new HashSet<string>(StringComparer.Ordinal);
        foreach (var implemented in listed)
        {
            CollectInherited(implemented, implied, depth: 0);
        }

        var record = IsRecord(type);
        return listed.FindAll(i => !implied.Contains(i.FullName)
            && !(record && i is GenericInstanceType { ElementType.FullName: "System.IEquatable`1" } equatable && equatable.GenericArguments[0].FullName == type.FullName));
    }

    private static void CollectInherited(TypeReference implemented, HashSet<string> into, int depth)
    {
        if (depth > 16 || CecilResolver.TryResolve(implemented) is not { } definition)
        {
            return;
        }

        foreach (var inherited in definition.Interfaces)
        {
            var instantiated = Substitute(inherited.InterfaceType, implemented);
            if (into.Add(instantiated.FullName))
            {
                CollectInherited(instantiated, into, depth + 1);
            }
        }
    }

    /// <summary><paramref name="inherited"/> with the type parameters of its declaring interface replaced by <paramref name="implemented"/>'s arguments.</summary>
    private static TypeReference Substitute(TypeReference inherited, TypeReference implemented)
    {
        if (inherited is not GenericInstanceType generic || implemented is not GenericInstanceType instance)
        {
            return inherited;
        }

        var result = new GenericInstanceType(generic.ElementType);
        foreach (var argument in generic.GenericArguments)
        {
            result.GenericArguments.Add(argument is GenericParameter { Type: GenericParameterType.Type } parameter && parameter.Position < instance.GenericArguments.Count
                ? instance.GenericArguments[parameter.Position]
                : Substitute(argument, implemented));
        }

        return result;
    }

    private static void AddAttributes(ICustomAttributeProvider provider, List<TypeReference> found, bool skipStepThrough = false)
    {
        if (!provider.HasCustomAttributes)
        {
            return;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            if (SynthesizedReferences.IsCompilerAttribute(attribute)
                || (skipStepThrough && attribute.AttributeType.FullName == "System.Diagnostics.DebuggerStepThroughAttribute"))
            {
                continue;
            }

            Add(attribute.AttributeType, found);
            foreach (var argument in attribute.ConstructorArguments)
            {
                AddAttributeArgument(argument, found);
            }

            foreach (var named in attribute.Properties)
            {
                AddAttributeArgument(named.Argument, found);
            }

            foreach (var named in attribute.Fields)
            {
                AddAttributeArgument(named.Argument, found);
            }
        }
    }

    /// <summary><c>typeof(T)</c> in an attribute, and the enum of an enum argument (the only constants IL keeps typed).</summary>
    private static void AddAttributeArgument(CustomAttributeArgument argument, List<TypeReference> found)
    {
        switch (argument.Value)
        {
            case TypeReference written:
                Add(written, found);
                break;
            case CustomAttributeArgument boxed:
                AddAttributeArgument(boxed, found);
                break;
            case CustomAttributeArgument[] items:
                foreach (var item in items)
                {
                    AddAttributeArgument(item, found);
                }

                break;
            default:
                if (argument.Type is { IsPrimitive: false, IsArray: false } enumType && argument.Type.MetadataType == MetadataType.ValueType)
                {
                    Add(enumType, found);
                }

                break;
        }
    }

    private static void AddConstraints(IGenericParameterProvider provider, List<TypeReference> found)
    {
        if (!provider.HasGenericParameters)
        {
            return;
        }

        foreach (var parameter in provider.GenericParameters)
        {
            foreach (var constraint in parameter.Constraints)
            {
                // `where T : struct` / `unmanaged` compile to a ValueType constraint the source does not write.
                if (constraint.ConstraintType.FullName != "System.ValueType")
                {
                    Add(constraint.ConstraintType, found);
                }
            }

            AddAttributes(parameter, found);
        }
    }

    /// <summary>A type and the types inside it: arrays, pointers, by-refs and generic arguments unwrapped; <c>Nullable</c> and tuples only by their arguments.</summary>
    private static void Add(TypeReference? type, List<TypeReference> found)
    {
        while (type is not null)
        {
            switch (type)
            {
                case GenericParameter or FunctionPointerType:
                    return;
                case GenericInstanceType generic when SynthesizedReferences.IsAnonymousType(generic.ElementType):
                    // An anonymous type is the compiler's, and so is what it is instantiated with: its members' types are
                    // inferred, never written (rules/0044).
                    return;
                case GenericInstanceType generic:
                    foreach (var argument in generic.GenericArguments)
                    {
                        Add(argument, found);
                    }

                    if (SynthesizedReferences.IsTransparentWrapper(generic.ElementType))
                    {
                        return;
                    }

                    type = generic.ElementType;
                    continue;
                case TypeSpecification specification:
                    type = specification.ElementType;
                    continue;
                default:
                    if (!SynthesizedReferences.IsLoweringType(type) && !SynthesizedReferences.IsAnonymousType(type))
                    {
                        found.Add(type);
                    }

                    return;
            }
        }
    }

    private static bool IsStateMachine(TypeDefinition generated)
    {
        foreach (var implementation in generated.Interfaces)
        {
            if (implementation.InterfaceType.FullName is "System.Runtime.CompilerServices.IAsyncStateMachine" or "System.Collections.IEnumerator")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasStateMachine(MethodDefinition method) =>
        HasAttribute(method, "System.Runtime.CompilerServices.AsyncStateMachineAttribute")
        || HasAttribute(method, "System.Runtime.CompilerServices.IteratorStateMachineAttribute")
        || HasAttribute(method, "System.Runtime.CompilerServices.AsyncIteratorStateMachineAttribute");

    /// <summary><c>&lt;M&gt;g__Local|0_0</c>: a local function, whose return type the user wrote (lambdas' <c>b__</c> methods infer it).</summary>
    private static bool IsLocalFunction(MethodDefinition method) => method.Name.Contains(">g__", StringComparison.Ordinal);

    private static bool IsRecord(TypeDefinition type)
    {
        foreach (var method in type.Methods)
        {
            if (method.Name is "<Clone>$" || (method.Name == "PrintMembers" && CecilNames.IsCompilerGenerated(method)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsGeneratedCode(ICustomAttributeProvider provider) => HasAttribute(provider, GeneratedCodeAttribute);

    private static bool HasAttribute(ICustomAttributeProvider provider, string fullName)
    {
        if (!provider.HasCustomAttributes)
        {
            return false;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            if (attribute.AttributeType.FullName == fullName)
            {
                return true;
            }
        }

        return false;
    }
}
