#!/usr/bin/env python3
"""Generates a 2,000-file layered solution (8 projects x 250 files) with ADRs, for `techlead check` vs `dotnet build`.

Usage: generate.py OUTPUT_DIR [--projects 8] [--files 250] [--rule-sets 20,1000]
The output is a consumer repository: OUTPUT_DIR/Big.sln, OUTPUT_DIR/src/<Project>/..., OUTPUT_DIR/docs/adr/*.md.
It plants a handful of violations (layers, forbid, banned-api, naming, vocabulary) so the check has work to report.
--rule-sets also writes OUTPUT_DIR/adr-sets/<N>/ for each N (a multiple of 10, at least 20): ADR folders of exactly N
rules of every kind, all `severity: warning` so a build with them compiles every project (errors would skip the
dependants and make the build cheaper). The first 20 rules are the 10 of docs/adr plus 10 more; every further ADR
holds 20 rules of one team about one feature namespace, the way a large repository collects decisions. `20m` is the
20-rule set with five of the 10 more (type-shape rules) replaced by five `members` rules, which the generated code keeps.
"""
import argparse
import os
import subprocess
import textwrap

# (project, layer, project references); namespaces are Big.<Layer>.<Module>.Feature<k>.
PROJECTS = [
    ("Big.Contracts", "Contracts", []),
    ("Big.Domain.Sales", "Domain", ["Big.Contracts"]),
    ("Big.Domain.Catalog", "Domain", ["Big.Contracts"]),
    ("Big.Application.Sales", "Application", ["Big.Domain.Sales", "Big.Contracts"]),
    ("Big.Application.Catalog", "Application", ["Big.Domain.Catalog", "Big.Contracts"]),
    ("Big.Infrastructure", "Infrastructure", ["Big.Application.Sales", "Big.Application.Catalog"]),
    ("Big.Api", "Api", ["Big.Application.Sales", "Big.Application.Catalog", "Big.Infrastructure"]),
    ("Big.Worker", "Worker", ["Big.Application.Sales", "Big.Infrastructure"]),
]

FEATURES = 10  # sub-namespaces per project


def module_of(project):
    return project.split(".")[-1] if project.count(".") == 2 else "Shared"


def type_name(layer, i):
    return {
        "Contracts": f"OrderDto{i}",
        "Domain": f"Order{i}",
        "Application": f"PlaceOrderHandler{i}",
        "Infrastructure": f"OrderRepository{i}",
        "Api": f"OrdersEndpoint{i}",
        "Worker": f"OrderJob{i}",
    }[layer]


def namespace(project, i):
    return f"{project}.Feature{i % FEATURES}"


def source(project, layer, i, files):
    ns = namespace(project, i)
    name = type_name(layer, i)
    prev = (i - 1) % files
    sibling = f"{namespace(project, prev)}.{type_name(layer, prev)}"
    extra = ""
    if layer == "Contracts":
        body = f"""
            public sealed record {name}(Guid Id, string CustomerName, decimal Total, IReadOnlyList<string> Lines)
            {{
                public static {name} Empty {{ get; }} = new(Guid.Empty, string.Empty, 0m, Array.Empty<string>());
                public bool IsEmpty => Id == Guid.Empty && Lines.Count == 0;
            }}"""
    elif layer == "Domain":
        if i == 7:
            extra = "    public DateTime Stamp() => DateTime.Now;\n"  # banned-api violation
        if i == 11:
            extra = "    public string ClientCode { get; set; } = string.Empty;\n"  # vocabulary violation
        body = f"""
            public sealed class {name}
            {{
                private readonly List<(string Product, decimal Price, int Quantity)> lines = new();

                public {name}(Guid id, string customerName)
                {{
                    Id = id;
                    CustomerName = customerName ?? throw new ArgumentNullException(nameof(customerName));
                }}

                public Guid Id {{ get; }}

                public string CustomerName {{ get; }}

                public decimal Total => lines.Sum(line => line.Price * line.Quantity);

                public {sibling}? Previous {{ get; set; }}

                public void Add(string product, decimal price, int quantity)
                {{
                    if (quantity <= 0)
                    {{
                        throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "must be positive");
                    }}

                    lines.Add((product, price, quantity));
                }}

                public Big.Contracts.Feature{i % FEATURES}.OrderDto{i} ToDto() => new(Id, CustomerName, Total, lines.Select(l => l.Product).ToList());
            __EXTRA__}}"""
    elif layer == "Application":
        domain = project.replace("Application", "Domain")
        body = f"""
            public interface IOrderStore{i}
            {{
                Task<{namespace(domain, i)}.Order{i}?> FindAsync(Guid id, CancellationToken cancellationToken);

                Task SaveAsync({namespace(domain, i)}.Order{i} order, CancellationToken cancellationToken);
            }}

            public sealed class {name}(IOrderStore{i} store)
            {{
                public async Task<decimal> HandleAsync(Guid id, string customerName, IEnumerable<(string Product, decimal Price)> items, CancellationToken cancellationToken)
                {{
                    var order = await store.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? new {namespace(domain, i)}.Order{i}(id, customerName);
                    foreach (var (product, price) in items.Where(item => item.Price > 0m).OrderBy(item => item.Product, StringComparer.Ordinal))
                    {{
                        order.Add(product, price, 1);
                    }}

                    try
                    {{
                        await store.SaveAsync(order, cancellationToken).ConfigureAwait(false);
                    }}
                    catch (InvalidOperationException exception)
                    {{
                        throw new InvalidOperationException($"order {{id}} rejected", exception);
                    }}

                    return order.Total;
                }}
            }}"""
    elif layer == "Infrastructure":
        module = "Sales" if i % 2 == 0 else "Catalog"
        app = f"Big.Application.{module}"
        dom = f"Big.Domain.{module}"
        if i == 13:
            name = f"OrderStorage{i}"  # naming violation
        body = f"""
            public sealed class {name} : {namespace(app, i)}.IOrderStore{i}
            {{
                private readonly ConcurrentDictionary<Guid, {namespace(dom, i)}.Order{i}> orders = new();

                public Task<{namespace(dom, i)}.Order{i}?> FindAsync(Guid id, CancellationToken cancellationToken) =>
                    Task.FromResult(orders.TryGetValue(id, out var order) ? order : null);

                public Task SaveAsync({namespace(dom, i)}.Order{i} order, CancellationToken cancellationToken)
                {{
                    ArgumentNullException.ThrowIfNull(order);
                    orders[order.Id] = order;
                    return Task.CompletedTask;
                }}
            }}"""
    else:  # Api, Worker
        module = "Sales" if layer == "Worker" or i % 2 == 0 else "Catalog"
        app = f"Big.Application.{module}"
        if i in (17, 42):
            extra = f"    public Big.Infrastructure.Feature{i % FEATURES}.OrderRepository{i}? Shortcut {{ get; set; }}\n"  # layers violation
        body = f"""
            public sealed class {name}({namespace(app, i)}.PlaceOrderHandler{i} handler)
            {{
                public async Task<string> RunAsync(string customerName, string[] products, CancellationToken cancellationToken)
                {{
                    var total = await handler.HandleAsync(Guid.NewGuid(), customerName, products.Select(p => (p, 10m)), cancellationToken).ConfigureAwait(false);
                    return total.ToString("C", CultureInfo.InvariantCulture);
                }}
            __EXTRA__}}"""
    usings = "using System;\nusing System.Collections.Concurrent;\nusing System.Collections.Generic;\nusing System.Globalization;\nusing System.Linq;\nusing System.Threading;\nusing System.Threading.Tasks;\n"
    return usings + f"\nnamespace {ns};\n" + textwrap.dedent(body).replace("__EXTRA__", extra) + "\n"


def csproj(refs):
    items = "".join(f'    <ProjectReference Include="../{r}/{r}.csproj" />\n' for r in refs)
    group = f"  <ItemGroup>\n{items}  </ItemGroup>\n" if refs else ""
    return f"""<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
{group}</Project>
"""


ADRS = {
    "0001-layered-architecture.md": """---
id: ADR-0001
title: Layered architecture
status: accepted
rules:
  - id: layers
    kind: layers
    mode: strict
    layers:
      - { name: Entry, types: ['Big.Api.**', 'Big.Worker.**'] }
      - { name: Application, types: 'Big.Application.**' }
      - { name: Domain, types: 'Big.Domain.**' }
  - { id: domain-no-infrastructure, kind: forbid, from: 'Big.Domain.**', to: 'Big.Infrastructure.**' }
  - { id: application-no-infrastructure, kind: forbid, from: 'Big.Application.**', to: 'Big.Infrastructure.**' }
  - { id: contracts-self-contained, kind: allow-only, from: 'Big.Contracts.**', to: 'Big.Contracts.**' }
---
# Layered architecture
""",
    "0002-modules.md": """---
id: ADR-0002
title: Sales and Catalog are independent
status: accepted
rules:
  - id: modules
    kind: independent
    modules:
      - { name: Sales, types: ['Big.Domain.Sales.**', 'Big.Application.Sales.**'] }
      - { name: Catalog, types: ['Big.Domain.Catalog.**', 'Big.Application.Catalog.**'] }
  - { id: no-feature-cycles, kind: acyclic, slices: 'Big.Domain.Sales.{slice}.**' }
---
# Modules
""",
    "0003-conventions.md": """---
id: ADR-0003
title: Conventions
status: accepted
rules:
  - { id: repository-suffix, kind: naming, types: 'Big.Infrastructure.**', pattern: '^[A-Z][A-Za-z]*Repository[0-9]*$' }
  - { id: domain-sealed, kind: modifiers, types: { namespace: 'Big.Domain.**', kind: class }, sealed: true }
  - { id: no-local-clock, kind: banned-api, apis: [{ symbol: 'P:System.DateTime.Now', use-instead: 'P:System.DateTime.UtcNow' }] }
  - { id: language, kind: vocabulary, in: 'Big.**', terms: [{ use: Customer, instead-of: [Client, Buyer] }] }
---
# Conventions
""",
}


EXTRA_RULES = """\
  - { id: domain-allow-list, kind: allow-only, from: 'Big.Domain.**', to: ['Big.Domain.**', 'Big.Contracts.**'] }
  - { id: contracts-no-domain, kind: forbid, from: 'Big.Contracts.**', to: ['Big.Domain.**', 'Big.Application.**'] }
  - { id: handler-names, kind: naming, types: { namespace: 'Big.Application.**', kind: class }, pattern: '^PlaceOrderHandler[0-9]+$' }
  - { id: infrastructure-sealed, kind: modifiers, types: { namespace: 'Big.Infrastructure.**', kind: class }, sealed: true }
  - { id: repositories-placed, kind: placement, types: { name: 'OrderRepository*' }, namespace: 'Big.Infrastructure.**' }
  - { id: contracts-not-obsolete, kind: attributes, types: 'Big.Contracts.**', forbid: [System.ObsoleteAttribute] }
  - { id: entry-points-independent, kind: independent, modules: [{ name: Api, types: 'Big.Api.**' }, { name: Worker, types: 'Big.Worker.**' }] }
  - { id: no-application-cycles, kind: acyclic, slices: 'Big.Application.Sales.{slice}.**' }
  - id: no-blocking
    kind: banned-api
    apis:
      - { symbol: 'M:System.Threading.Thread.Sleep(System.Int32)' }
      - { symbol: 'M:System.Console.WriteLine(System.String)' }
      - { symbol: 'M:System.GC.Collect' }
      - { symbol: 'M:System.Threading.Tasks.Task.Wait' }
  - { id: order-language, kind: vocabulary, in: 'Big.**', terms: [{ use: Order, instead-of: [Purchase, Booking] }] }
"""


# Five member conventions the generated code keeps (issue 21's budget: 20 rules of which 5 are members rules). They
# replace EXTRA_RULES' type-shape rules (handler-names .. entry-points-independent; ADR-0003 keeps one of each kind).
MEMBERS_RULES = """\
  - { id: async-suffix, kind: members, members: { kind: method, async: true, types: 'Big.**' }, pattern: 'Async$' }
  - { id: no-public-instance-fields, kind: members, members: { kind: field, visibility: public, static: false, types: 'Big.**' }, allowed: false }
  - { id: getters-return-a-value, kind: members, members: { kind: method, name: 'Get*', types: 'Big.**' }, returns-not: void }
  - { id: is-returns-bool, kind: members, members: { kind: property, name: 'Is*', types: 'Big.Contracts.**' }, returns: bool }
  - { id: few-constructor-parameters, kind: members, members: { kind: constructor, types: 'Big.**' }, max-parameters: 4 }
"""
MEMBERS_REPLACE = ("handler-names", "infrastructure-sealed", "repositories-placed", "contracts-not-obsolete", "entry-points-independent")


def with_members_rules(rules):
    """EXTRA_RULES with the five MEMBERS_REPLACE rules (one line each) replaced by MEMBERS_RULES."""
    kept = [line for line in rules.splitlines(keepends=True) if not any(f"id: {name}," in line for name in MEMBERS_REPLACE)]
    if len(kept) != len(rules.splitlines()) - len(MEMBERS_REPLACE):
        raise SystemExit("generate.py: MEMBERS_REPLACE does not name five one-line rules of EXTRA_RULES")
    return "".join(kept) + MEMBERS_RULES


def team_rules(k):
    """20 rules of one team about one feature namespace (feature k % 10 of module Sales or Catalog)."""
    module = "Sales" if k % 2 == 0 else "Catalog"
    f = k % FEATURES
    dom, app = f"Big.Domain.{module}.Feature{f}", f"Big.Application.{module}.Feature{f}"
    # One team in five keeps the module's features acyclic; the others forbid an attribute on their entities.
    structure = (f"  - {{ id: no-feature-cycles, kind: acyclic, slices: 'Big.Application.{module}.{{slice}}.**' }}" if k % 5 == 0
                 else f"  - {{ id: entities-not-serializable, kind: attributes, types: '{dom}.**', forbid: [System.SerializableAttribute] }}")
    return f"""\
  - {{ id: domain-not-api, kind: forbid, from: '{dom}.**', to: 'Big.Api.**' }}
  - {{ id: domain-not-worker, kind: forbid, from: '{dom}.**', to: 'Big.Worker.**' }}
  - {{ id: application-not-endpoints, kind: forbid, from: '{app}.**', to: ['Big.Api.Feature{f}.**', 'Big.Worker.Feature{f}.**'] }}
  - {{ id: contracts-not-application, kind: forbid, from: 'Big.Contracts.Feature{f}.**', to: 'Big.Application.**' }}
  - {{ id: infrastructure-not-api, kind: forbid, from: 'Big.Infrastructure.Feature{f}.**', to: 'Big.Api.**' }}
  - {{ id: worker-not-api, kind: forbid, from: 'Big.Worker.Feature{f}.**', to: 'Big.Api.**' }}
  - {{ id: domain-allow-list, kind: allow-only, from: '{dom}.**', to: ['Big.Domain.{module}.**', 'Big.Contracts.**'] }}
  - {{ id: entity-names, kind: naming, types: '{dom}.**', pattern: '^Order[0-9]+$' }}
  - {{ id: handler-names, kind: naming, types: {{ namespace: '{app}.**', kind: class }}, pattern: '^PlaceOrderHandler[0-9]+$' }}
  - {{ id: entities-sealed, kind: modifiers, types: {{ namespace: '{dom}.**', kind: class }}, sealed: true }}
  - {{ id: handlers-public, kind: modifiers, types: {{ namespace: '{app}.**', kind: class }}, visibility: public }}
  - {{ id: stores-placed, kind: placement, types: {{ name: 'IOrderStore{f}*' }}, namespace: 'Big.Application.**' }}
  - {{ id: dtos-not-obsolete, kind: attributes, types: 'Big.Contracts.Feature{f}.**', forbid: [System.ObsoleteAttribute] }}
  - id: feature-layers
    kind: layers
    layers:
      - {{ name: Entry, types: ['Big.Api.Feature{f}.**', 'Big.Worker.Feature{f}.**'] }}
      - {{ name: Application, types: '{app}.**' }}
      - {{ name: Domain, types: '{dom}.**' }}
  - {{ id: endpoints-independent, kind: independent, modules: [{{ name: Api, types: 'Big.Api.Feature{f}.**' }}, {{ name: Worker, types: 'Big.Worker.Feature{f}.**' }}] }}
{structure}
  - id: no-blocking
    kind: banned-api
    in: '{dom}.**'
    apis:
      - {{ symbol: 'M:System.Threading.Thread.Sleep(System.Int32)' }}
      - {{ symbol: 'M:System.GC.Collect' }}
  - {{ id: no-network, kind: banned-api, in: '{app}.**', apis: [{{ symbol: 'N:System.Net' }}] }}
  - {{ id: team-language, kind: vocabulary, in: '{app}.**', terms: [{{ use: Customer, instead-of: [Patron, Shopper] }}] }}
  - {{ id: dto-language, kind: vocabulary, in: 'Big.Contracts.Feature{f}.**', terms: [{{ use: Total, instead-of: [Amount] }}] }}
"""


def with_warning_severity(rules):
    """Every rule of a benchmark rule set is a warning: an error would fail a compilation and skip its dependants."""
    out = []
    for line in rules.splitlines():
        if line.startswith("  - { id:"):
            line = line.replace("  - { id:", "  - { severity: warning, id:", 1)
        elif line.startswith("  - id:"):
            out.append(line)
            line = "    severity: warning"
        out.append(line)
    return "\n".join(out) + "\n"


def rule_set(spec):
    """ADR files (name -> text) with exactly `count` rules: docs/adr's 10, 10 more, then ADRs of 20 team rules; `20m`: see the docstring."""
    members = spec == "20m"
    count = 20 if members else int(spec)
    if count < 20 or count % 10 != 0:
        raise SystemExit(f"--rule-sets: {count} is not a multiple of 10 of at least 20")
    files = {}
    for name, text in ADRS.items():
        front, body = text.split("rules:\n", 1)
        rules, rest = body.split("---\n", 1)
        files[name] = front + "rules:\n" + with_warning_severity(rules) + "---\n" + rest
    files["0004-more-conventions.md"] = ("---\nid: ADR-0004\ntitle: More conventions\nstatus: accepted\nrules:\n"
                                         + with_warning_severity(with_members_rules(EXTRA_RULES) if members else EXTRA_RULES) + "---\n# More conventions\n")
    teams = (count - 20) // 20
    for k in range(teams):
        files[f"{100 + k:04d}-team-{k}.md"] = (f"---\nid: ADR-{100 + k:04d}\ntitle: Team {k} decisions\nstatus: accepted\nrules:\n"
                                              + with_warning_severity(team_rules(k)) + f"---\n# Team {k} decisions\n")
    if (count - 20) % 20:
        lines = with_warning_severity(team_rules(teams)).splitlines(keepends=True)
        starts = [i for i, line in enumerate(lines) if line.startswith("  - ")]
        half = "".join(lines[: starts[10]])
        files[f"{100 + teams:04d}-team-{teams}.md"] = (f"---\nid: ADR-{100 + teams:04d}\ntitle: Team {teams} decisions\nstatus: accepted\nrules:\n"
                                                      + half + f"---\n# Team {teams} decisions\n")
    return files


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output")
    parser.add_argument("--projects", type=int, default=len(PROJECTS))
    parser.add_argument("--files", type=int, default=250)
    parser.add_argument("--rule-sets", default="", help="comma-separated rule counts, e.g. 20,1000 (or 20m): writes adr-sets/<N>/")
    args = parser.parse_args()
    out = os.path.abspath(args.output)
    projects = PROJECTS[: args.projects]
    for project, layer, refs in projects:
        folder = os.path.join(out, "src", project)
        os.makedirs(folder, exist_ok=True)
        write(os.path.join(folder, project + ".csproj"), csproj([r for r in refs if r in {p for p, _, _ in projects}]))
        for i in range(args.files):
            write(os.path.join(folder, f"Feature{i % FEATURES}", f"{type_name(layer, i)}.cs"), source(project, layer, i, args.files))
    for name, text in ADRS.items():
        write(os.path.join(out, "docs", "adr", name), text)
    for spec in [c.strip() for c in args.rule_sets.split(",") if c.strip()]:
        for name, text in rule_set(spec).items():
            write(os.path.join(out, "adr-sets", spec, name), text)
    write(os.path.join(out, "Directory.Build.props"), "<Project />\n")  # stop MSBuild from importing anything above
    write(os.path.join(out, "Directory.Build.targets"), "<Project />\n")
    write(os.path.join(out, "Directory.Packages.props"), "<Project />\n")
    subprocess.run(["dotnet", "new", "sln", "-n", "Big", "--format", "sln", "-o", out, "--force"], check=True, stdout=subprocess.DEVNULL)
    subprocess.run(["dotnet", "sln", os.path.join(out, "Big.sln"), "add"] + [os.path.join(out, "src", p, p + ".csproj") for p, _, _ in projects], check=True, stdout=subprocess.DEVNULL)
    print(f"generated {len(projects) * args.files} files in {len(projects)} projects: {os.path.join(out, 'Big.sln')}")


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


if __name__ == "__main__":
    main()
