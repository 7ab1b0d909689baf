using System;
using System.Globalization;
using System.Text;
using Mono.Cecil;
using TechLead.Rules.Selectors;

namespace TechLead.Fitness.Engines.Cecil;

/// <summary>
/// Names of Cecil metadata the way the rule core writes them: full names with '.' for nesting and
/// metadata arity (<c>Shop.Repo`1</c>), and C# doc-comment IDs (<c>M:System.IO.File.ReadAllText(System.String)</c>).
/// </summary>
internal static class CecilNames
{
    private const string CompilerGeneratedAttribute = "System.Runtime.CompilerServices.CompilerGeneratedAttribute";

    /// <summary><c>Ns.Outer.Inner`1</c> of the type's definition (generic instances, arrays and by-refs unwrap to it).</summary>
    public static string FullName(TypeReference type)
    {
        var builder = new StringBuilder();
        AppendDefinitionName(builder, Unwrap(type), keepArity: true);
        return builder.ToString();
    }

    /// <summary>The namespace of the outermost declaring type (the assembly name for the top-level-statements Program).</summary>
    public static string Namespace(TypeReference type)
    {
        var outer = Unwrap(type);
        while (outer.DeclaringType is not null)
        {
            outer = outer.DeclaringType;
        }

        return string.IsNullOrEmpty(outer.Namespace) ? TopLevelProgramNamespace(outer) ?? string.Empty : outer.Namespace;
    }

    /// <summary>
    /// The class the compiler synthesizes for top-level statements: <c>Program</c> in the global namespace with the
    /// <c>&lt;Main&gt;$</c> entry point (also when a <c>partial class Program</c> adds to it).
    /// </summary>
    public static bool IsTopLevelProgram(TypeDefinition type)
    {
        if (type.DeclaringType is not null || !string.IsNullOrEmpty(type.Namespace) || type.Name != TopLevelProgram.TypeName)
        {
            return false;
        }

        foreach (var method in type.Methods)
        {
            if (method.Name == TopLevelProgram.EntryPointMethodName)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The namespace the top-level-statements <c>Program</c> counts in: its assembly's name (metadata does not record
    /// the project's root namespace); null for any other type.
    /// </summary>
    private static string? TopLevelProgramNamespace(TypeReference outermost)
    {
        if (outermost.Name != TopLevelProgram.TypeName || !string.IsNullOrEmpty(outermost.Namespace) || outermost.DeclaringType is not null)
        {
            return null;
        }

        var definition = outermost as TypeDefinition ?? CecilResolver.TryResolve(outermost);
        return definition is not null && IsTopLevelProgram(definition) ? definition.Module.Assembly.Name.Name : null;
    }

    /// <summary>The element type behind arrays, pointers, by-refs, modifiers and generic instances.</summary>
    public static TypeReference Unwrap(TypeReference type)
    {
        while (type is TypeSpecification specification)
        {
            type = specification.ElementType;
        }

        return type;
    }

    public static string TypeId(TypeReference type) => "T:" + FullName(type);

    /// <summary>The doc-comment ID of a method; accessors also have a P:/E: ID, see <see cref="AccessorPropertyId"/>.</summary>
    public static string MethodId(MethodReference method)
    {
        if (method is GenericInstanceMethod instance)
        {
            method = instance.ElementMethod;
        }

        var builder = new StringBuilder("M:");
        AppendDefinitionName(builder, Unwrap(method.DeclaringType), keepArity: true);
        builder.Append('.').Append(method.Name.Replace('.', '#'));
        if (method.HasGenericParameters)
        {
            builder.Append("``").Append(method.GenericParameters.Count.ToString(CultureInfo.InvariantCulture));
        }

        AppendParameters(builder, method, method.Parameters.Count);
        if (method.Name is "op_Implicit" or "op_Explicit")
        {
            builder.Append('~');
            AppendTypeId(builder, method.ReturnType);
        }

        return builder.ToString();
    }

    /// <summary>P:/E: ID of the property or event an accessor (<c>get_Now</c>, <c>add_Changed</c>) belongs to, else null.</summary>
    public static string? AccessorPropertyId(MethodReference method)
    {
        var name = method.Name;
        string prefix;
        string member;
        var parameterCount = method.Parameters.Count;
        if (name.StartsWith("get_", StringComparison.Ordinal))
        {
            (prefix, member) = ("P:", name.Substring(4));
        }
        else if (name.StartsWith("set_", StringComparison.Ordinal))
        {
            (prefix, member, parameterCount) = ("P:", name.Substring(4), parameterCount - 1);
        }
        else if (name.StartsWith("add_", StringComparison.Ordinal) || name.StartsWith("remove_", StringComparison.Ordinal))
        {
            return string.Concat("E:", MemberPrefix(method), name.AsSpan(name.IndexOf('_') + 1));
        }
        else
        {
            return null;
        }

        var builder = new StringBuilder(prefix);
        builder.Append(MemberPrefix(method)).Append(member);
        AppendParameters(builder, method, Math.Max(parameterCount, 0));
        return builder.ToString();
    }

    public static string FieldId(FieldReference field) => "F:" + MemberPrefix(field) + field.Name;

    public static string PropertyId(PropertyDefinition property)
    {
        var builder = new StringBuilder("P:").Append(MemberPrefix(property)).Append(property.Name);
        if (property.HasParameters)
        {
            builder.Append('(');
            for (var i = 0; i < property.Parameters.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(',');
                }

                AppendTypeId(builder, property.Parameters[i].ParameterType);
            }

            builder.Append(')');
        }

        return builder.ToString();
    }

    public static string EventId(EventDefinition @event) => "E:" + MemberPrefix(@event) + @event.Name;

    public static bool IsCompilerGenerated(ICustomAttributeProvider provider)
    {
        if (!provider.HasCustomAttributes)
        {
            return false;
        }

        foreach (var attribute in provider.CustomAttributes)
        {
            if (string.Equals(attribute.AttributeType.FullName, CompilerGeneratedAttribute, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Display classes, state machines, lambdas' <c>&lt;&gt;c</c>, embedded attributes: not user types. The top-level
    /// statements' <c>Program</c> is one: the compiler marks it <c>[CompilerGenerated]</c>, but its code is the user's.
    /// </summary>
    public static bool IsCompilerGeneratedType(TypeDefinition type) =>
        type.Name.Contains('<', StringComparison.Ordinal) || (IsCompilerGenerated(type) && !IsTopLevelProgram(type));

    private static string MemberPrefix(MemberReference member)
    {
        var builder = new StringBuilder();
        AppendDefinitionName(builder, Unwrap(member.DeclaringType), keepArity: true);
        return builder.Append('.').ToString();
    }

    private static void AppendParameters(StringBuilder builder, MethodReference method, int count)
    {
        if (count == 0)
        {
            return;
        }

        builder.Append('(');
        for (var i = 0; i < count; i++)
        {
            if (i > 0)
            {
                builder.Append(',');
            }

            AppendTypeId(builder, method.Parameters[i].ParameterType);
        }

        builder.Append(')');
    }

    private static void AppendDefinitionName(StringBuilder builder, TypeReference type, bool keepArity)
    {
        if (type.DeclaringType is not null)
        {
            AppendDefinitionName(builder, type.DeclaringType, keepArity);
            builder.Append('.');
        }
        else if (!string.IsNullOrEmpty(type.Namespace))
        {
            builder.Append(type.Namespace).Append('.');
        }
        else if (TopLevelProgramNamespace(type) is { } entryPointNamespace)
        {
            builder.Append(entryPointNamespace).Append('.');
        }

        var name = type.Name;
        if (!keepArity && name.IndexOf('`') is var tick and >= 0)
        {
            name = name.Substring(0, tick);
        }

        builder.Append(name);
    }

    /// <summary>A type as it appears inside a doc-comment ID's parameter list.</summary>
    private static void AppendTypeId(StringBuilder builder, TypeReference type)
    {
        switch (type)
        {
            case GenericParameter parameter:
                builder.Append(parameter.Type == GenericParameterType.Method ? "``" : "`").Append(parameter.Position.ToString(CultureInfo.InvariantCulture));
                break;
            case ByReferenceType byReference:
                AppendTypeId(builder, byReference.ElementType);
                builder.Append('@');
                break;
            case PointerType pointer:
                AppendTypeId(builder, pointer.ElementType);
                builder.Append('*');
                break;
            case ArrayType array:
                AppendTypeId(builder, array.ElementType);
                if (array.IsVector)
                {
                    builder.Append("[]");
                }
                else
                {
                    builder.Append('[');
                    for (var i = 0; i < array.Rank; i++)
                    {
                        builder.Append(i == 0 ? "0:" : ",0:");
                    }

                    builder.Append(']');
                }

                break;
            case GenericInstanceType generic:
                AppendDefinitionName(builder, generic.ElementType, keepArity: false);
                builder.Append('{');
                for (var i = 0; i < generic.GenericArguments.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(',');
                    }

                    AppendTypeId(builder, generic.GenericArguments[i]);
                }

                builder.Append('}');
                break;
            case TypeSpecification other:
                AppendTypeId(builder, other.ElementType);
                break;
            default:
                AppendDefinitionName(builder, type, keepArity: true);
                break;
        }
    }
}
