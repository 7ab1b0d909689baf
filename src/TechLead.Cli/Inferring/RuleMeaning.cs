using System;
using System.Collections;
using System.Globalization;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What a rule checks, as text: its kind and the fields of that kind (selectors as the parser normalised them),
/// without id, severity, because or examples (rules/0033). Two rules with the same meaning flag the same code.
/// Read from the compiled rule's own properties, so a new kind needs nothing here.
/// </summary>
internal static class RuleMeaning
{
    public static string Of(Rule rule)
    {
        var text = new StringBuilder(RuleKinds.GetName(rule.Kind));
        for (var type = rule.GetType(); type is not null && type != typeof(Rule); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                text.Append(';').Append(property.Name).Append('=');
                Append(text, property.GetValue(rule), depth: 0);
            }
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, object? value, int depth)
    {
        switch (value)
        {
            case null:
                text.Append('~');
                break;
            case string s:
                text.Append(s);
                break;
            case TypeSelector selector:
                text.Append(selector.Yaml);
                break;
            case GlobPattern glob:
                text.Append(glob.Text);
                break;
            case Regex regex:
                text.Append(regex);
                break;
            case IFormattable or bool or Enum:
                text.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                text.Append('[');
                foreach (var item in items)
                {
                    Append(text, item, depth + 1);
                    text.Append(',');
                }

                text.Append(']');
                break;
            default:
                // A kind's own value type (a layer, a banned API, a vocabulary term): its public properties, a few levels deep.
                text.Append('{');
                if (depth < 4)
                {
                    foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).OrderBy(p => p.Name, StringComparer.Ordinal))
                    {
                        text.Append(property.Name).Append('=');
                        Append(text, property.GetValue(value), depth + 1);
                        text.Append(';');
                    }
                }

                text.Append('}');
                break;
        }
    }
}
