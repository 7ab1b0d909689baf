using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace TechLead.Benchmarks.Analyzer;

/// <summary>
/// A generated 300-type solution-like compilation: 10 modules × (10 domain entities, 8 application services,
/// 7 infrastructure repositories, 5 API controllers), one file per type, with the references real code has
/// (fields, constructors, object creation, member access, generics, LINQ, exceptions) and a few violations.
/// </summary>
internal static class GeneratedCompilation
{
    public const int Modules = 10;

    /// <summary><paramref name="modules"/> modules of 30 files each (67 modules: the 2,010-file compilation of the IDE benchmark).</summary>
    public static CSharpCompilation Create(int modules = Modules)
    {
        var trees = new List<SyntaxTree>();
        for (var m = 0; m < modules; m++)
        {
            for (var i = 0; i < 10; i++)
            {
                trees.Add(Parse($"Sales{m}/Domain/Order{i}.cs", Entity(m, i)));
            }

            for (var i = 0; i < 8; i++)
            {
                trees.Add(Parse($"Sales{m}/Application/OrderService{i}.cs", Service(m, i)));
            }

            for (var i = 0; i < 7; i++)
            {
                trees.Add(Parse($"Sales{m}/Infrastructure/OrderRepository{i}.cs", Repository(m, i)));
            }

            for (var i = 0; i < 5; i++)
            {
                trees.Add(Parse($"Sales{m}/Api/OrdersController{i}.cs", Controller(m, i)));
            }
        }

        return CSharpCompilation.Create("Shop", trees, References.Value, new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferencePack);

    private static SyntaxTree Parse(string path, string text) =>
        CSharpSyntaxTree.ParseText(text, new CSharpParseOptions(LanguageVersion.Latest), path: "/repo/src/" + path);

    private static string Entity(int m, int i)
    {
        // Entity 3 reaches into infrastructure (forbid), 5 reads the local clock (banned API), 6 says 'Client' (vocabulary), 7 calls upwards (layers).
        var extra = i switch
        {
            3 => $"    public Shop.Sales{m}.Infrastructure.OrderRepository0? Repository {{ get; set; }}\n",
            5 => "    public DateTime Stamp() => DateTime.Now;\n",
            6 => "    public string ClientCode { get; set; } = string.Empty;\n",
            7 => $"    public Shop.Sales{m}.Application.OrderService{i}? Service {{ get; set; }}\n",
            _ => string.Empty,
        };
        return Invariant($$"""
            using System;
            using System.Collections.Generic;
            using System.Linq;

            namespace Shop.Sales{{m}}.Domain;

            public sealed class Order{{i}}
            {
                private readonly List<OrderLine{{i}}> lines = new();

                public Order{{i}}(Guid id, string customerName)
                {
                    Id = id;
                    CustomerName = customerName ?? throw new ArgumentNullException(nameof(customerName));
                }

                public Guid Id { get; }

                public string CustomerName { get; }

                public IReadOnlyList<OrderLine{{i}}> Lines => lines;

                public decimal Total => lines.Sum(line => line.Price * line.Quantity);

                public void Add(string product, decimal price, int quantity)
                {
                    if (quantity <= 0)
                    {
                        throw new ArgumentOutOfRangeException(nameof(quantity), quantity, "must be positive");
                    }

                    lines.Add(new OrderLine{{i}}(product, price, quantity));
                }
            {{extra}}}

            public sealed record OrderLine{{i}}(string Product, decimal Price, int Quantity);
            """);
    }

    private static string Service(int m, int i) => Invariant($$"""
        using System;
        using System.Collections.Generic;
        using System.Linq;
        using System.Threading;
        using System.Threading.Tasks;
        using Shop.Sales{{m}}.Domain;

        namespace Shop.Sales{{m}}.Application;

        public interface IOrderStore{{i}}
        {
            Task<Order{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken);

            Task SaveAsync(Order{{i}} order, CancellationToken cancellationToken);
        }

        public sealed class OrderService{{i}}(IOrderStore{{i}} store)
        {
            public async Task<decimal> PlaceAsync(Guid id, string customerName, IEnumerable<(string Product, decimal Price)> items, CancellationToken cancellationToken)
            {
                var order = await store.FindAsync(id, cancellationToken).ConfigureAwait(false) ?? new Order{{i}}(id, customerName);
                foreach (var (product, price) in items.Where(item => item.Price > 0m).OrderBy(item => item.Product, StringComparer.Ordinal))
                {
                    order.Add(product, price, 1);
                }

                try
                {
                    await store.SaveAsync(order, cancellationToken).ConfigureAwait(false);
                }
                catch (InvalidOperationException exception)
                {
                    throw new OrderRejectedException{{i}}($"order {id} rejected", exception);
                }

                return order.Total;
            }
        }

        public sealed class OrderRejectedException{{i}}(string message, Exception inner) : Exception(message, inner);
        """);

    private static string Repository(int m, int i) => Invariant($$"""
        using System;
        using System.Collections.Concurrent;
        using System.Threading;
        using System.Threading.Tasks;
        using Shop.Sales{{m}}.Application;
        using Shop.Sales{{m}}.Domain;

        namespace Shop.Sales{{m}}.Infrastructure;

        public sealed class OrderRepository{{i}} : IOrderStore{{i}}
        {
            private readonly ConcurrentDictionary<Guid, Order{{i}}> orders = new();

            public Task<Order{{i}}?> FindAsync(Guid id, CancellationToken cancellationToken) =>
                Task.FromResult(orders.TryGetValue(id, out var order) ? order : null);

            public Task SaveAsync(Order{{i}} order, CancellationToken cancellationToken)
            {
                ArgumentNullException.ThrowIfNull(order);
                orders[order.Id] = order;
                return Task.CompletedTask;
            }
        }
        """);

    private static string Controller(int m, int i)
    {
        // Controller 4 skips the application layer (a layers violation).
        var shortcut = i == 4 ? $"    public Shop.Sales{m}.Infrastructure.OrderRepository{i} Direct {{ get; }} = new();\n" : string.Empty;
        return Invariant($$"""
            using System;
            using System.Linq;
            using System.Threading;
            using System.Threading.Tasks;
            using Shop.Sales{{m}}.Application;

            namespace Shop.Sales{{m}}.Api;

            public sealed class OrdersController{{i}}(OrderService{{i}} service)
            {
                public async Task<string> PostAsync(string customerName, string[] products, CancellationToken cancellationToken)
                {
                    var total = await service.PlaceAsync(Guid.NewGuid(), customerName, products.Select(p => (p, 10m)), cancellationToken).ConfigureAwait(false);
                    return total.ToString("C", System.Globalization.CultureInfo.InvariantCulture);
                }
            {{shortcut}}}
            """);
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>The installed SDK's reference pack: realistic metadata (the whole BCL), no download.</summary>
    private static ImmutableArray<MetadataReference> LoadReferencePack()
    {
        var runtimeDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var packs = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", "packs", "Microsoft.NETCore.App.Ref"));
        var version = Directory.GetDirectories(packs).OrderByDescending(d => Version.TryParse(Path.GetFileName(d), out var v) ? v : new Version()).First();
        var refDirectory = Directory.GetDirectories(Path.Combine(version, "ref")).First();
        return [.. Directory.GetFiles(refDirectory, "*.dll").Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];
    }

    /// <summary>
    /// The ADR that governs this compilation: 20 rules over Shop.Sales*. Without <paramref name="membersRules"/>, a forbid
    /// rule per module and ten rules of the other kinds; with it, five of the module forbids (Sales5–9: none of them
    /// selects the IDE benchmark's document) give way to five <c>members</c> rules (issue 21), so the two sets differ by
    /// the kind alone.
    /// </summary>
    public static string GoverningAdr(bool membersRules)
    {
        var rules = new StringBuilder();
        for (var m = 0; m < (membersRules ? Modules - 5 : Modules); m++)
        {
            rules.Append(CultureInfo.InvariantCulture, $"  - {{ id: sales{m}-domain-pure, kind: forbid, from: Shop.Sales{m}.Domain.**, to: Shop.Sales{m}.Infrastructure.** }}\n");
        }

        rules.Append("""
              - { id: layering, kind: layers, layers: [{ name: Api, types: 'Shop.*.Api.**' }, { name: Application, types: 'Shop.*.Application.**' }, { name: Domain, types: 'Shop.*.Domain.**' }] }
              - { id: repository-suffix, kind: naming, types: 'Shop.*.Infrastructure.*', pattern: '^[A-Z][A-Za-z0-9]*Repository[0-9]*$' }
              - { id: entities-sealed, kind: modifiers, types: { namespace: 'Shop.*.Domain', kind: class }, sealed: true }
              - { id: repositories-in-infrastructure, kind: placement, types: '**.*Repository*', namespace: 'Shop.*.Infrastructure' }
              - { id: modules-independent, kind: independent, modules: [{ name: S0, types: 'Shop.Sales0.**' }, { name: S1, types: 'Shop.Sales1.**' }, { name: S2, types: 'Shop.Sales2.**' }] }
              - { id: no-cycles, kind: acyclic, slices: 'Shop.{slice}.**' }
              - { id: no-local-clock, kind: banned-api, apis: [{ symbol: 'P:System.DateTime.Now', use-instead: 'P:System.DateTime.UtcNow' }] }
              - { id: domain-allow-list, kind: allow-only, from: 'Shop.*.Domain.**', to: ['Shop.*.Domain.**'] }
              - { id: no-obsolete, kind: attributes, types: 'Shop.**', forbid: [System.ObsoleteAttribute] }
              - { id: language, kind: vocabulary, in: 'Shop.**', terms: [{ use: Customer, instead-of: [Client, Buyer] }] }

            """);
        if (membersRules)
        {
            rules.Append("""
                  - { id: async-suffix, kind: members, members: { kind: method, async: true, types: 'Shop.**' }, pattern: 'Async$' }
                  - { id: no-public-instance-fields, kind: members, members: { kind: field, visibility: public, static: false, types: 'Shop.**' }, allowed: false }
                  - { id: getters-return-a-value, kind: members, members: { kind: method, name: 'Get*', types: 'Shop.**' }, returns-not: void }
                  - { id: domain-no-public-setters, kind: members, members: { kind: property, types: 'Shop.*.Domain.**' }, public-setter: false }
                  - { id: few-constructor-parameters, kind: members, members: { kind: constructor, types: 'Shop.**' }, max-parameters: 4 }

                """);
        }

        return "---\nid: ADR-0000\ntitle: Sales modules\nstatus: accepted\nrules:\n" + rules + "---\n# Sales modules\n";
    }
}
