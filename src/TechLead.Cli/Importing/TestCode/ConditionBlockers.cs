namespace TechLead.Cli.Importing.TestCode;

/// <summary>
/// Why a library condition with no TechLead rule of the same meaning stays a test (rules/0052): what it checks and what a
/// lead can do instead, one place for the ArchUnitNET and NetArchTest translators.
/// </summary>
internal static class ConditionBlockers
{
    public static string Reason(string condition) => condition switch
    {
        "NotExist" => "'NotExist()' fails when any type matches the selection; TechLead rules constrain the types that exist and none forbids a selection to match (a 'members' rule's 'allowed: false' is for members only): keep the test, or state what such a type would break (a 'forbid' on its dependencies, a 'naming' rule)",
        "BeRecord" or "BeRecords" => "'BeRecord()' requires each type to be a record; TechLead selects records ('kind: record') but no rule requires a type to be one: keep the test, or require what the team wants of the records ('modifiers' with 'immutable: true' or 'sealed: true')",
        "NotBeRecord" or "NotBeRecords" => "'NotBeRecord()' forbids records; TechLead selects records ('kind: record') but no rule forbids a kind of type: keep the test",
        "CallAny" or "NotCallAny" or "OnlyCall" or "CallAnyMethod" => $"'{condition}(...)' checks which methods the types call; TechLead's 'banned-api' bans named methods (doc-comment IDs) for every caller in its 'in' selection and 'forbid' forbids every use of a type, not calls alone: write a 'banned-api' rule with the methods' IDs where the member selection names them",
        "NotBeImmutable" or "BeMutable" => $"'{condition}()' requires a type to be mutable; TechLead rules can require immutability ('immutable: true'), not its absence: keep the test",
        _ => $"the condition '{condition}' has no TechLead rule of the same meaning",
    };
}
