using System.Collections.Generic;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Members;

/// <summary>
/// What <c>type-not</c> looks at (rules/0069): a member's value type (return, property or field type) and that type's
/// generic arguments, one level deep, as reflection's <c>FieldType</c> and <c>FieldType.GenericTypeArguments</c> show them:
/// <c>List&lt;Order&gt;</c> and <c>Dictionary&lt;Guid, Order&gt;</c> refer to <c>Order</c>; <c>Order[]</c> and
/// <c>List&lt;List&lt;Order&gt;&gt;</c> do not. Engines hand over named types only, as definitions (open generic types): an
/// array, pointer or type parameter is never one (reflection's <c>GetTypes()</c> list never contains one either).
/// </summary>
public static class MemberValueTypes
{
    /// <summary>The full name of the first of <paramref name="valueType"/> and its <paramref name="genericArguments"/> that the selector picks, else null.</summary>
    public static string? FindSelected<TType>(TType valueType, IEnumerable<TType> genericArguments, TypeSelector selector, ITypeModel<TType> model)
    {
        if (selector.Matches(valueType, model))
        {
            return model.GetFullName(valueType);
        }

        foreach (var argument in genericArguments)
        {
            if (selector.Matches(argument, model))
            {
                return model.GetFullName(argument);
            }
        }

        return null;
    }
}
