using TechLead.Rules.Tests.Support;

namespace TechLead.Rules.Tests.Parsing;

/// <summary>Spec section 8: every malformed input gets a TL9xxx at its exact text, saying what to write instead.</summary>
public sealed class BadInputTests
{
    private const string Head = "---\nid: ADR-0007\nstatus: accepted\n";

    [Fact]
    public void Unknown_kind_suggests_the_closest() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: {|forbidd|}\n    from: A.**\n    to: B.**\n---\n",
            ("TL9002", "rule 'r': unknown kind 'forbidd'; did you mean 'forbid'?"));

    [Fact]
    public void Unknown_kind_far_from_any_lists_the_kinds() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: {|enforce-everything|}\n---\n",
            ("TL9002", "rule 'r': unknown kind 'enforce-everything'; expected one of: layers, forbid, allow-only, independent, acyclic, diagram, banned-api, naming, must-inherit, must-implement, must-not-inherit, must-not-implement, attributes, modifiers, placement, members, vocabulary"));

    [Fact]
    public void Rules_that_are_not_a_list() =>
        Adr.AssertDiagnostics(
            Head + "rules: {|5|}\n---\n",
            ("TL9002", "rules: expected a list, got a number; write each rule as a list item starting with '- id: ...'"));

    [Fact]
    public void Unknown_field_suggests_the_closest() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    {|form|}: A.**\n    from: A.**\n    to: B.**\n---\n",
            ("TL9002", "rule 'r': unknown field 'form'; did you mean 'from'?"));

    [Fact]
    public void Missing_field_names_it_with_an_example() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - {|id: r|}\n    kind: forbid\n    from: A.**\n---\n",
            ("TL9002", "rule 'r': missing field 'to'; add e.g. 'to: Shop.Domain.**'"));

    [Fact]
    public void Bad_globs_are_reported_at_the_glob() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    from: {|\"***\"|}\n    to: {|Shop..Db|}\n---\n",
            ("TL9002", "rule 'r': from: invalid glob '***': '**' must be a whole segment between dots (e.g. 'Shop.**.Events'); use '*' inside a segment"),
            ("TL9002", "rule 'r': to: invalid glob 'Shop..Db': empty segment (check for '..' or a leading/trailing '.'); write names joined by single dots, e.g. 'Shop.Domain.**'"));

    [Fact]
    public void Catastrophic_regex_is_refused_within_the_timeout() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types: A.**\n    pattern: {|'^(a+)+$'|}\n---\n",
            ("TL9002", "rule 'r': regex '^(a+)+$' is too slow: it timed out after 100 ms on a 41-character name; avoid nested quantifiers such as '(a+)+' or '(\\w*)*'"));

    [Fact]
    public void Invalid_regex_says_why() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types: A.**\n    pattern: {|'[a-'|}\n---\n",
            ("TL9002", "rule 'r': invalid regex '[a-': Invalid pattern '[a-' at offset 3. Unterminated [] set; write a .NET regular expression such as '^I[A-Z]\\w*$'"));

    [Fact]
    public void Bad_selector_regexes_are_reported_at_the_regex_with_a_fix() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    from: { name-matches: {|'[a-'|} }\n    to: { full-name-matches: {|'^(a+)+$'|} }\n  - id: s\n    kind: naming\n    types: { namespace-matches: {|\"\"|} }\n    pattern: '^I'\n---\n",
            ("TL9002", "rule 'r': from.name-matches: invalid regex '[a-': Invalid pattern '[a-' at offset 3. Unterminated [] set; write a .NET regular expression such as '^I[A-Z]\\w*$'"),
            ("TL9002", "rule 'r': to.full-name-matches: regex '^(a+)+$' is too slow: it timed out after 100 ms on a 41-character name; avoid nested quantifiers such as '(a+)+' or '(\\w*)*'"),
            ("TL9002", "rule 's': types.namespace-matches: expected a regular expression, got an empty string, which matches every name; write e.g. 'namespace-matches: \"Repository$\"'"));

    [Fact]
    public void A_bad_selector_regex_turns_off_its_rule_only()
    {
        var result = Adr.Parse(Adr.WithRules("  - id: bad\n    kind: naming\n    types: { name-matches: '(' }\n    pattern: '^I'\n  - id: good\n    kind: naming\n    types: { name-matches: 'Service$', static: false }\n    pattern: '^[A-Z]'\n"));
        Assert.Equal("TL9002", Assert.Single(result.Diagnostics).Id);
        Assert.Equal("good", Assert.Single(result.Document!.Rules).Id);
    }

    [Fact]
    public void Modifier_keys_take_true_or_false() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types: { abstract: {|yes|}, sealed: {|[true|}] }\n    pattern: '^I'\n---\n",
            ("TL9002", "rule 'r': types.abstract: expected true or false, got 'yes'; write e.g. 'abstract: true'"),
            ("TL9002", "rule 'r': types.sealed: expected true or false, got a list; write e.g. 'sealed: true'"));

    [Fact]
    public void A_misspelt_regex_key_suggests_the_closest() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types: { {|name-match|}: Service }\n    pattern: '^I'\n---\n",
            ("TL9002", "rule 'r': types: unknown selector condition 'name-match'; did you mean 'name-matches'?"));

    [Fact]
    public void Unknown_doc_comment_prefix() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: banned-api\n    apis:\n      - symbol: {|'X:System.DateTime'|}\n---\n",
            ("TL9002", "rule 'r': apis: unknown doc-comment ID prefix 'X:' in 'X:System.DateTime'; use N: (namespace), T: (type), M: (method), P: (property), F: (field) or E: (event)"));

    [Fact]
    public void Invalid_rule_id() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: {|Domain_Rule|}\n    kind: forbid\n    from: A.**\n    to: B.**\n---\n",
            ("TL9002", "rule 'Domain_Rule': rule id 'Domain_Rule' is not valid; use lower-case letters, digits and '-', starting with a letter or digit (e.g. 'domain-no-infra')"));

    [Fact]
    public void Rule_id_that_is_not_a_string() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: {|{ namespace: Shop|} }\n    kind: forbid\n    from: A.**\n    to: B.**\n---\n",
            ("TL9002", "rules[0]: id: expected a string, got a mapping; write e.g. 'id: domain-no-infra'"));

    [Fact]
    public void Rule_that_is_not_a_mapping() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - {|forbid everything|}\n---\n",
            ("TL9002", "rules[0]: expected a rule (a mapping with 'id' and 'kind'), got a string"));

    [Fact]
    public void Invalid_status_suggests_the_closest() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\nstatus: {|acepted|}\n---\n",
            ("TL9002", "status 'acepted' is not valid; did you mean 'accepted'?"));

    [Fact]
    public void Unknown_front_matter_field_gets_a_suggestion_and_one_far_from_every_field_is_a_warning()
    {
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\nstatus: accepted\n{|decision-maker|}: [Ana]\n---\n",
            ("TL9002", "unknown field 'decision-maker'; did you mean 'decision-makers'?"));
        var diagnostic = Assert.Single(Adr.Parse("---\nid: ADR-0007\nlayout: adr\n---\n").Diagnostics);
        Assert.Equal(Model.RuleSeverity.Warning, diagnostic.Severity);
    }

    [Fact]
    public void Tabs_are_reported_at_the_tab() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\nrules:\n{|\t|}- id: r\n---\n",
            ("TL9001", "YAML does not allow tabs for indentation; indent with spaces"));

    [Fact]
    public void Duplicate_keys_point_at_the_second_key() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\nstatus: accepted\n{|status|}: proposed\n---\n",
            ("TL9001", "duplicate key 'status' (first at line 3); keep one 'status:' and delete the other"));

    [Fact]
    public void Unclosed_front_matter() =>
        Adr.AssertDiagnostics(
            "{|---|}\nid: ADR-0007\nstatus: accepted\n# Title\n",
            ("TL9001", "front matter is never closed; add a line with '---' after the last front matter field"));

    [Fact]
    public void Unclosed_techlead_block() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\n---\n# T\n{|```techlead|}\n- id: r\n",
            ("TL9001", "```techlead block is never closed; add a line with ``` after its rules"));

    [Fact]
    public void Unclosed_bracket_followed_by_a_key_is_reported_at_the_bracket() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    from: {|[|}Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n",
            ("TL9001", "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets"));

    [Fact]
    public void Unclosed_bracket_on_the_last_line_is_reported_at_the_bracket() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    to: Acme.Infrastructure.**\n    from: {|[|}Acme.Domain.**\n---\n",
            ("TL9001", "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets"));

    [Fact]
    public void Unclosed_brace_followed_by_a_list_item_is_reported_at_the_brace() =>
        AssertUnclosedBrace(Head + "rules:\n  - { id: r, kind: forbid, from: A.**, to: B.**\n  - { id: s, kind: forbid, from: A.**, to: C.** }\n---\n", "- {");

    [Fact]
    public void Brace_closed_by_a_bracket_is_reported_at_the_brace() =>
        AssertUnclosedBrace(Head + "rules:\n  - id: r\n    kind: forbid\n    from: A.**\n    to: [B.**, { namespace: C.** ]\n---\n", ", {");

    // Markup cannot mark a lone '{' ("{|{|}" opens twice), so these name the brace by the text before it.
    private static void AssertUnclosedBrace(string text, string before)
    {
        var diagnostic = Assert.Single(Adr.Parse(text).Diagnostics);
        Assert.Equal(("TL9001", "'{' is never closed; end the mapping with '}' (e.g. '- { name: Domain, types: Shop.Domain.** }')"), (diagnostic.Id, diagnostic.Message));
        Assert.Equal((text.IndexOf(before, System.StringComparison.Ordinal) + before.Length - 1, 1), (diagnostic.Span.Start, diagnostic.Span.Length));
    }

    [Fact]
    public void Unclosed_double_quote_is_reported_at_the_quote() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    from: {|\"|}Acme.Domain.**\n    to: Acme.Infrastructure.**\n---\n",
            ("TL9001", "this quoted value is never closed; end it with '\"' on the same line (e.g. \"**.*Repository\")"));

    [Fact]
    public void Unclosed_single_quote_is_reported_at_the_quote() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types: A.**\n    pattern: {|'|}^I[A-Z]\n---\n",
            ("TL9001", "this quoted value is never closed; end it with a single quote on the same line (e.g. '^I[A-Z]\\w*$'); inside it, write a quote as ''"));

    [Fact]
    public void Unclosed_bracket_in_a_techlead_block_is_reported_at_the_bracket() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\nstatus: accepted\n---\n# T\n```techlead\n- id: r\n  kind: forbid\n  from: {|[|}Acme.Domain.**\n  to: Acme.Infrastructure.**\n```\n",
            ("TL9001", "'[' is never closed; end the list with ']' (e.g. 'from: [Shop.Domain.**, Shop.Api.**]'), or write one '- item' per line without brackets"));

    [Fact]
    public void Flow_lists_and_quotes_may_span_lines()
    {
        var result = Adr.Parse(Head + "rules:\n  - id: r\n    kind: forbid\n    from: [Acme.Domain.**,\n      Acme.Application.**]\n    to: Acme.Infrastructure.**\n    because: \"it is\n      a rule\"\n    examples: { violating: 'class\n      C { }' }\n---\n");
        Assert.Empty(result.Diagnostics);
        Assert.Single(result.Document!.Rules);
    }

    [Fact]
    public void A_rule_with_an_unknown_kind_still_takes_part_in_the_duplicate_id_check() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: same\n    kind: {|forbidd|}\n  - id: {|same|}\n    kind: forbid\n    from: A.**\n    to: B.**\n---\n",
            ("TL9002", "rule 'same': unknown kind 'forbidd'; did you mean 'forbid'?"),
            ("TL9003", "duplicate rule id 'same' in ADR-0007 (first at line 5); rename one of them"));

    [Fact]
    public void A_duplicate_rule_id_is_found_across_front_matter_and_techlead_blocks_and_its_other_problems_too() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - { id: same, kind: placement, types: A.*, namespace: A }\n---\n# T\n```techlead\n- {|id: {|same|}|}\n  kind: placement\n  types: B.*\n  {|namespac|}: B\n```\n",
            ("TL9002", "rule 'same': missing field 'namespace'; add e.g. 'namespace: Shop.Domain.**'"),
            ("TL9003", "duplicate rule id 'same' in ADR-0007 (first at line 5); rename one of them"),
            ("TL9002", "rule 'same': unknown field 'namespac'; did you mean 'namespace'?"));

    [Fact]
    public void Aliases_are_refused() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\ntags: &t [a]\nrules: {|*t|}\n---\n",
            ("TL9001", "alias '*t' is not supported in ADRs; write the value out in full"));

    [Fact]
    public void An_unquoted_glob_starting_with_a_star_says_to_quote_it() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types: {|*|}*.*Handler\n    pattern: '^X'\n---\n",
            ("TL9001", "a value starting with '*' is read as a YAML alias; quote the glob: types: \"**.*Handler\""));

    [Fact]
    public void An_unquoted_glob_starting_with_a_star_in_a_list_says_to_quote_it() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: forbid\n    from: A.**\n    to:\n      - {|*|}*.Domain.**\n---\n",
            ("TL9001", "a value starting with '*' is read as a YAML alias; quote the glob: - \"**.Domain.**\""));

    [Theory]
    [InlineData("implements")]
    [InlineData("inherits")]
    [InlineData("has-attribute")]
    public void A_list_given_to_a_one_type_condition_shows_the_union(string condition) =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: naming\n    types:\n      " + condition + ": {|[A, B|}]\n    pattern: '^X'\n---\n",
            ("TL9002", "rule 'r': types." + condition + ": takes one type glob, got a list; for any of several, list one selector each: 'types: [{ " + condition + ": \"A\" }, { " + condition + ": \"B\" }]'"));

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var deep = new string('[', 1000) + new string(']', 1000);
        var result = Adr.Parse("---\nid: ADR-0007\nrules: " + deep + "\n---\n");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("TL9001", diagnostic.Id);
        Assert.Equal("YAML nested deeper than 64 levels; ADR front matter and rules need only a few levels of nesting", diagnostic.Message);
        Assert.Equal(2, diagnostic.Span.StartLine);
    }

    [Fact]
    public void Files_over_one_mebibyte_are_too_large()
    {
        var result = Adr.Parse("---\nid: ADR-0007\n---\n" + new string('x', 1024 * 1024));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("TL9001", "ADR file is too large (1048597 characters; the limit is 1048576); split it or move long material out of the ADR"), (diagnostic.Id, diagnostic.Message));
        Assert.Null(result.Document);
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_was_replaced() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\ntitle: Caf{|\uFFFD|}\n---\n",
            ("TL9001", "ADR file is not valid UTF-8 here; save the file as UTF-8"));

    [Fact]
    public void Empty_file_is_a_prose_only_adr()
    {
        var result = Adr.Parse(string.Empty, "docs/adr/0009-empty.md");
        Assert.Empty(result.Diagnostics);
        Assert.Equal("ADR-0009", result.Document!.Id);
    }

    [Fact]
    public void An_invalid_rule_leaves_the_other_rules_of_the_file_working()
    {
        var result = Adr.Parse(Head + "rules:\n  - id: bad\n    kind: forbidd\n  - id: good\n    kind: forbid\n    from: A.**\n    to: B.**\n---\n");
        Assert.Single(result.Diagnostics);
        Assert.Equal("good", Assert.Single(result.Document!.Rules).Id);
    }

    [Fact]
    public void Missing_id_is_derived_from_the_file_name_and_reported() =>
        Adr.AssertDiagnostics(
            "---\n{|status: accepted|}\n---\n",
            ("TL9002", "missing field 'id'; add e.g. 'id: ADR-0007' to the front matter"));

    [Fact]
    public void One_way_door_needs_decision_makers_and_enforcement() =>
        Adr.AssertDiagnostics(
            "---\nid: ADR-0007\nstatus: accepted\ncategory: {|one-way-door|}\n---\n",
            ("TL9002", "ADR-0007 is a one-way-door decision but names no decision-makers; add 'decision-makers: [Name]'"),
            ("TL9002", "ADR-0007 is a one-way-door decision without enforcement; add at least one rule or 'enforcement: \"manual: <how it is checked>\"'"));

    [Fact]
    public void Placement_takes_a_namespace_glob_or_a_namespace_regex_not_both() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: placement\n    types: Shop.**\n    namespace: Shop.Features.**\n    {|namespace-matches|}: '\\.Features$'\n---\n",
            ("TL9002", "rule 'r': a placement rule takes 'namespace' (a glob) or 'namespace-matches' (a regular expression), not both; keep one"));

    [Fact]
    public void Placement_namespace_regex_that_is_empty_bad_or_too_slow_is_located() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: a\n    kind: placement\n    types: Shop.**\n    namespace-matches: {|''|}\n  - id: b\n    kind: placement\n    types: Shop.**\n    namespace-matches: {|'(Features'|}\n  - id: c\n    kind: placement\n    types: Shop.**\n    namespace-matches: {|'^(a+)+$'|}\n---\n",
            ("TL9002", "rule 'a': namespace-matches: expected a regular expression, got an empty string, which matches every namespace; write e.g. 'namespace-matches: \"\\.Features(\\.|$)\"'"),
            ("TL9002", "rule 'b': namespace-matches: invalid regex '(Features': Invalid pattern '(Features' at offset 9. Not enough )'s; write a .NET regular expression such as '^I[A-Z]\\w*$'"),
            ("TL9002", "rule 'c': namespace-matches: regex '^(a+)+$' is too slow: it timed out after 100 ms on a 41-character name; avoid nested quantifiers such as '(a+)+' or '(\\w*)*'"));

    [Fact]
    public void Modifiers_nested_takes_true_or_false() =>
        Adr.AssertDiagnostics(
            Head + "rules:\n  - id: r\n    kind: modifiers\n    types: Shop.**\n    nested: {|never|}\n---\n",
            ("TL9002", "rule 'r': nested: expected true or false, got a string"));
}
