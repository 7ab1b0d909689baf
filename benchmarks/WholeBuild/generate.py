#!/usr/bin/env python3
"""Generates a 2,000-file layered solution (8 projects x 250 files) with ADRs, for `techlead check` vs `dotnet build`.

Usage: generate.py OUTPUT_DIR [--projects 8] [--files 250]
The output is a consumer repository: OUTPUT_DIR/Big.sln, OUTPUT_DIR/src/<Project>/..., OUTPUT_DIR/docs/adr/*.md.
It plants a handful of violations (layers, forbid, banned-api, naming, vocabulary) so the check has work to report.
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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output")
    parser.add_argument("--projects", type=int, default=len(PROJECTS))
    parser.add_argument("--files", type=int, default=250)
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
