using System.Collections.Generic;
using System.Text.RegularExpressions;
using TechLead.Rules.Evaluation;
using TechLead.Rules.Members;
using TechLead.Rules.Parsing;
using TechLead.Rules.Parsing.Kinds;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Model;

/// <summary>
/// <c>members</c>: every declared member <see cref="Members"/> selects must meet every condition (rules/0036). Engines
/// walk the members the user declared (<see cref="IMemberModel{TMember}"/>) of the types <see cref="MemberSelector.Types"/>
/// picks and ask <see cref="Check"/> about each.
/// </summary>
public sealed class MembersRule(RuleHeader header, MemberSelector members, MemberConditions conditions) : Rule(header)
{
    public MemberSelector Members { get; } = members;

    public MemberConditions Conditions { get; } = conditions;

    internal static DiagnosticInfo Diagnostic { get; } = DiagnosticInfo.Violation(DiagnosticIds.MemberViolation, "Member rule violated", "A declared member (method, property, field, constructor, event) does not meet a condition an ADR sets for it (members rule).");

    /// <summary>
    /// The violation message for a member of a type the rule's selector picked, or null when the member is not selected or
    /// complies. <paramref name="declaringType"/> is the declaring type's full name. <paramref name="regexTimedOut"/> is set
    /// when a regex exceeded its match timeout (no message then: the engine reports TL9002, <see cref="PatternTimedOut"/>).
    /// </summary>
    public string? Check<TMember>(TMember member, IMemberModel<TMember> model, string declaringType, out bool regexTimedOut)
    {
        regexTimedOut = false;
        if (Conditions.MustExist || !Members.Selects(member, model, out regexTimedOut))
        {
            return null;
        }

        var unmet = FindUnmet(member, model, out regexTimedOut);
        return regexTimedOut || unmet is null ? null : ViolationMessages.Wrap(this, $"{MembersCheck.Describe(member, model, declaringType)} {string.Join(" and ", unmet)}");
    }

    /// <summary>The TL9002 message for a regex that timed out on a member.</summary>
    public string PatternTimedOut(string member) =>
        $"rule '{Id}': regex '{Conditions.Pattern ?? Members.NameMatches}' timed out (over {RegexFactory.MatchTimeout.TotalMilliseconds} ms) on '{member}'; simplify the pattern, e.g. avoid nested quantifiers such as '(a+)+'";

    /// <summary>
    /// For a <c>must-exist</c> rule (<see cref="MemberConditions.MustExist"/>): the violation message for a type the rule's
    /// <c>types</c> picked that declares no member meeting the selector and every condition, else null. The engine lists the
    /// members the user declared; the constructor C# adds to a class without one counts as metadata holds it (rules/0063).
    /// </summary>
    public string? CheckExists<TType, TMember>(TType type, ITypeModel<TType> types, IEnumerable<TMember> declared, IMemberModel<TMember> model, out bool regexTimedOut) =>
        MemberExistence.Check(this, type, types, declared, model, out regexTimedOut);

    /// <summary>Every unmet condition in one message, each as <c>must ...</c>, so a fix does not reveal the next one; null when all are met (no list allocated: the common case).</summary>
    internal List<string>? FindUnmet<TMember>(TMember member, IMemberModel<TMember> model, out bool regexTimedOut)
    {
        regexTimedOut = false;
        var wanted = Conditions;
        var kind = model.GetKind(member);
        List<string>? unmet = null;
        if (wanted.Forbidden)
        {
            return ["is not allowed"];
        }

        if (wanted.Pattern is not null)
        {
            regexTimedOut = !RegexFactory.TryMatch(wanted.Pattern, model.GetName(member), out var matches);
            if (regexTimedOut)
            {
                return null;
            }

            if (!matches)
            {
                (unmet ??= []).Add($"must match the naming pattern '{wanted.Pattern}'");
            }
        }

        if ((kind & MemberKind.Typed) != 0 && (wanted.Returns.Count > 0 || wanted.ReturnsNot.Count > 0))
        {
            var actual = model.GetValueTypeName(member);
            if (wanted.Returns.Count > 0 && !MembersCheck.ReturnsAny(member, model, wanted.Returns))
            {
                (unmet ??= []).Add($"must {ValueVerb(kind)} {Quoted(wanted.Returns, "or")}, not '{actual}'");
            }

            if (wanted.ReturnsNot.Count > 0 && MembersCheck.ReturnsAny(member, model, wanted.ReturnsNot))
            {
                (unmet ??= []).Add($"must not {ValueVerb(kind)} '{actual}'");
            }
        }

        if ((kind & MemberKind.Typed) != 0 && wanted.TypeNot is { } typeNot && model.FindSelectedValueType(member, typeNot) is { } selected)
        {
            var actual = model.GetValueTypeName(member);
            (unmet ??= []).Add(selected == actual
                ? $"must not {ValueVerb(kind)} '{selected}' (a type 'type-not' selects)"
                : $"must not {ValueVerb(kind)} '{actual}' with the generic argument '{selected}' (a type 'type-not' selects)");
        }

        if (wanted.Visibility.Count > 0 && model.GetVisibility(member) is var visibility && !MemberSelector.Contains(wanted.Visibility, visibility))
        {
            (unmet ??= []).Add($"must be {Spelled(wanted.Visibility)}, not {Spellings.MemberVisibilities.NameOf(visibility)}");
        }

        if (wanted.Static is { } isStatic && model.IsStatic(member) != isStatic)
        {
            (unmet ??= []).Add(isStatic ? "must be static" : "must not be static");
        }

        AddAttributes(member, model, wanted.RequireAttribute, required: true, ref unmet);
        AddAttributes(member, model, wanted.ForbidAttribute, required: false, ref unmet);
        if (wanted.MaxParameters is { } max && (kind & (MemberKind.Method | MemberKind.Constructor)) != 0 && model.GetParameterCount(member) is var count && count > max)
        {
            (unmet ??= []).Add($"must have at most {max} parameter{(max == 1 ? string.Empty : "s")}, not {count}");
        }

        if (wanted.PublicSetter is { } publicSetter && kind == MemberKind.Property && model.HasPublicSetter(member) != publicSetter)
        {
            (unmet ??= []).Add(publicSetter ? "must have a public setter" : "must not have a public setter");
        }

        return unmet;
    }

    private static void AddAttributes<TMember>(TMember member, IMemberModel<TMember> model, IReadOnlyList<MemberTypeGlob> attributes, bool required, ref List<string>? unmet)
    {
        List<string>? wrong = null;
        foreach (var attribute in attributes)
        {
            if (MembersCheck.HasAttribute(member, model, attribute) != required)
            {
                (wrong ??= []).Add($"'{attribute.Text}'");
            }
        }

        if (wrong is not null)
        {
            (unmet ??= []).Add($"{(required ? "must have" : "must not have")} attribute{(wrong.Count == 1 ? string.Empty : "s")} {ViolationMessages.Enumerate(wrong)}");
        }
    }

    /// <summary>What the value type is to a member: a method returns it, a property or field has it as its type.</summary>
    private static string ValueVerb(MemberKind kind) => kind == MemberKind.Method ? "return" : "be of type";

    private static string Quoted(IReadOnlyList<MemberTypeGlob> globs, string conjunction)
    {
        var quoted = new string[globs.Count];
        for (var i = 0; i < globs.Count; i++)
        {
            quoted[i] = $"'{globs[i].Text}'";
        }

        return quoted.Length == 1 ? quoted[0] : string.Join(", ", quoted, 0, quoted.Length - 1) + $" {conjunction} " + quoted[quoted.Length - 1];
    }

    private static string Spelled(IReadOnlyList<MemberVisibility> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = Spellings.MemberVisibilities.NameOf(values[i])!;
        }

        return names.Length == 1 ? names[0] : string.Join(", ", names, 0, names.Length - 1) + " or " + names[names.Length - 1];
    }
}

/// <summary>What a <c>members</c> rule asks of each selected member; empty lists and nulls do not constrain.</summary>
public sealed record MemberConditions(
    Regex? Pattern,
    IReadOnlyList<MemberTypeGlob> Returns,
    IReadOnlyList<MemberTypeGlob> ReturnsNot,
    IReadOnlyList<MemberVisibility> Visibility,
    bool? Static,
    IReadOnlyList<MemberTypeGlob> RequireAttribute,
    IReadOnlyList<MemberTypeGlob> ForbidAttribute,
    int? MaxParameters,
    bool? PublicSetter,
    bool Forbidden)
{
    /// <summary><c>must-exist: true</c>: each selected type must declare a member the selector and conditions describe (rules/0063).</summary>
    public bool MustExist { get; init; }

    /// <summary><c>type-not</c>: neither the value type nor one of its generic arguments may be a type this selects (rules/0069).</summary>
    public TypeSelector? TypeNot { get; init; }
}

/// <summary>
/// <c>members</c>: a member selector and at least one condition. A condition that cannot apply to any member the selector
/// picks (<c>returns</c> on events) is reported, since the rule would silently check nothing.
/// </summary>
internal sealed class MembersReader() : KindReader(
    RuleKind.Members,
    KindField.Required("members", "{ kind: method, name: \"Get*\" }"),
    KindField.Optional(Pattern),
    KindField.Optional(Returns),
    KindField.Optional(ReturnsNot),
    KindField.Optional(TypeNot),
    KindField.Optional(Visibility),
    KindField.Optional(Static),
    KindField.Optional(RequireAttribute),
    KindField.Optional(ForbidAttribute),
    KindField.Optional(MaxParameters),
    KindField.Optional(PublicSetter),
    KindField.Optional(Allowed),
    KindField.Optional(MustExist))
{
    private const string Pattern = "pattern";
    private const string Returns = "returns";
    private const string ReturnsNot = "returns-not";
    private const string TypeNot = "type-not";
    private const string Visibility = "visibility";
    private const string Static = "static";
    private const string RequireAttribute = "require-attribute";
    private const string ForbidAttribute = "forbid-attribute";
    private const string MaxParameters = "max-parameters";
    private const string PublicSetter = "public-setter";
    private const string Allowed = "allowed";
    private const string MustExist = "must-exist";

    /// <summary>The conditions and the member kinds each applies to.</summary>
    private static readonly (string Key, MemberKind AppliesTo)[] ConditionKeys =
    [
        (Pattern, MemberKind.All),
        (Returns, MemberKind.Typed),
        (ReturnsNot, MemberKind.Typed),
        (TypeNot, MemberKind.Typed),
        (Visibility, MemberKind.All),
        (Static, MemberKind.All),
        (RequireAttribute, MemberKind.All),
        (ForbidAttribute, MemberKind.All),
        (MaxParameters, MemberKind.Method | MemberKind.Constructor),
        (PublicSetter, MemberKind.Property),
        (Allowed, MemberKind.All),
        (MustExist, MemberKind.All),
    ];

    public override Rule? Read(RuleHeader header, FieldReader fields)
    {
        var members = fields.Value("members") is { } node ? MemberSelectorReader.Read(node, fields) : null;
        var pattern = Read(fields, Pattern, n => MemberFieldReader.Regex(n, Pattern, fields, "'Async$'"));
        var returns = Read(fields, Returns, n => MemberFieldReader.TypeGlobs(n, Returns, fields)) ?? [];
        var returnsNot = Read(fields, ReturnsNot, n => MemberFieldReader.TypeGlobs(n, ReturnsNot, fields)) ?? [];
        var typeNot = Read(fields, TypeNot, n => SelectorReader.Read(n, TypeNot, fields));
        var visibility = Read(fields, Visibility, n => MemberFieldReader.Visibilities(n, Visibility, fields)) ?? [];
        var isStatic = fields.Boolean(Static);
        var requireAttribute = Read(fields, RequireAttribute, n => MemberFieldReader.TypeGlobs(n, RequireAttribute, fields)) ?? [];
        var forbidAttribute = Read(fields, ForbidAttribute, n => MemberFieldReader.TypeGlobs(n, ForbidAttribute, fields)) ?? [];
        var maxParameters = fields.Value(MaxParameters) is { } max ? MemberFieldReader.Count(max, MaxParameters, fields) : null;
        var publicSetter = fields.Boolean(PublicSetter);
        var allowed = fields.Boolean(Allowed);
        if (allowed == true && fields.Mapping.GetKey(Allowed) is { } allowedKey)
        {
            fields.Error(allowedKey.Span, $"{Allowed}: 'true' sets no condition; write 'allowed: false' to forbid the selected members, or remove it");
        }
        var mustExist = fields.Boolean(MustExist);
        ReportUncombinable(fields, mustExist, allowed);
        if (mustExist == true && members is { IncludesOverrides: true } && fields.Mapping.GetKey(MustExist) is { } existKey)
        {
            // An override never introduces a member a framework looks for: it exists in the base already.
            fields.Error(existKey.Span, $"{MustExist}: cannot be combined with 'include-overrides: true': a required member is one the type introduces; remove 'include-overrides'");
        }

        ReportMissingOrInapplicable(fields, members);
        if (members is null || fields.HasErrors)
        {
            return null;
        }

        return new MembersRule(header, members, new MemberConditions(pattern, returns, returnsNot, visibility, isStatic, requireAttribute, forbidAttribute, maxParameters, publicSetter, allowed == false) { MustExist = mustExist == true, TypeNot = typeNot });
    }

    /// <summary><c>must-exist</c> asks for a member; <c>allowed: false</c> forbids the same members, and 'false' is the default.</summary>
    private static void ReportUncombinable(FieldReader fields, bool? mustExist, bool? allowed)
    {
        if (fields.Mapping.GetKey(MustExist) is not { } key)
        {
            return;
        }

        if (mustExist == false)
        {
            fields.Error(key.Span, $"{MustExist}: 'false' is the default (each selected member is checked); write 'must-exist: true' to require such a member in each selected type, or remove it");
        }
        else if (mustExist == true && allowed == false)
        {
            fields.Error(key.Span, $"{MustExist}: cannot be combined with '{Allowed}: false': a member the rule requires would also be forbidden; keep one of them");
        }
    }

    private static void ReportMissingOrInapplicable(FieldReader fields, MemberSelector? members)
    {
        var any = false;
        foreach (var (key, appliesTo) in ConditionKeys)
        {
            if (fields.Mapping.GetKey(key) is not { } written)
            {
                continue;
            }

            any = true;
            if (members is not null && (members.Kinds & appliesTo) == 0)
            {
                fields.Error(written.Span, $"{key}: does not apply to {MemberSelectorReader.KindList(members.Kinds)}; it applies to {MemberSelectorReader.KindList(appliesTo)}; select those with 'members: {{ kind: ... }}' or remove '{key}'");
            }
        }

        if (!any && !fields.HasErrors)
        {
            var keys = new string[ConditionKeys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                keys[i] = ConditionKeys[i].Key;
            }

            fields.Error(fields.Mapping.GetKey("kind")!.Span, $"a members rule needs at least one condition: {string.Join(", ", keys)}; e.g. 'pattern: Async$'");
        }
    }

    private static T? Read<T>(FieldReader fields, string key, System.Func<Parsing.Yaml.YamlNode, T?> read)
        where T : class =>
        fields.Value(key) is { } node ? read(node) : null;
}
