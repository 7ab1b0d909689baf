using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TechLead.Benchmarks.Fitness;

/// <summary>
/// A generated 500-type shop: 10 modules × (20 domain entities, 15 application services, 15 infrastructure
/// repositories), with a few violations of each rule sprinkled in, and the 20 rules that check it.
/// </summary>
internal static class GeneratedShop
{
    public const int Modules = 10;

    public static string Source()
    {
        var code = new StringBuilder("using System;\nnamespace Gen.Shared { public interface IEntity { } }\n");
        for (var m = 0; m < Modules; m++)
        {
            var next = (m + 1) % Modules;
            code.Append(CultureInfo.InvariantCulture, $"namespace Gen.M{m}.Domain {{\n");
            for (var i = 0; i < 20; i++)
            {
                var sealedness = i == 7 ? string.Empty : "sealed ";
                var body = i switch
                {
                    3 => $"public Gen.M{m}.Infra.Repository0? Db; ",
                    5 => "public DateTime When() => DateTime.Now; ",
                    9 => $"public Gen.M{next}.Domain.Entity0? Other; ",
                    _ => $"public Entity{(i + 1) % 20}? Next; ",
                };
                code.Append(CultureInfo.InvariantCulture, $"  public {sealedness}class Entity{i} : Gen.Shared.IEntity {{ {body}}}\n");
            }

            code.Append("}\n");
            code.Append(CultureInfo.InvariantCulture, $"namespace Gen.M{m}.Application {{\n");
            for (var i = 0; i < 15; i++)
            {
                code.Append(CultureInfo.InvariantCulture, $"  public sealed class Service{i} {{ public Gen.M{m}.Domain.Entity{i}? Entity; public void Run() {{ try {{ Console.WriteLine(); }} catch (InvalidOperationException) {{ }} }} }}\n");
            }

            code.Append("}\n");
            code.Append(CultureInfo.InvariantCulture, $"namespace Gen.M{m}.Infra {{\n");
            for (var i = 0; i < 15; i++)
            {
                var name = i == 14 ? "Repo14" : $"Repository{i}";
                code.Append(CultureInfo.InvariantCulture, $"  public class {name} {{ public Gen.M{m}.Domain.Entity{i}? Entity; public Func<int, int> Twice => x => x * 2; }}\n");
            }

            code.Append("}\n");
        }

        return code.ToString();
    }

    /// <summary>One accepted ADR with the 20 rules (10 forbid, then one of each other kind).</summary>
    public static string Adr()
    {
        var rules = new List<string>();
        for (var m = 0; m < Modules; m++)
        {
            rules.Add($"  - {{ id: m{m}-domain-no-infra, kind: forbid, from: Gen.M{m}.Domain.**, to: Gen.M{m}.Infra.** }}");
        }

        rules.Add("  - { id: layering, kind: layers, layers: [{ name: Infra, types: 'Gen.*.Infra.**' }, { name: Application, types: 'Gen.*.Application.**' }, { name: Domain, types: 'Gen.*.Domain.**' }] }");
        rules.Add("  - { id: repo-suffix, kind: naming, types: 'Gen.*.Infra.*', pattern: '^.*Repository$' }");
        rules.Add("  - { id: entities-sealed, kind: modifiers, types: 'Gen.*.Domain.*', sealed: true }");
        rules.Add("  - { id: repos-in-infra, kind: placement, types: '**.*Repository', namespace: 'Gen.*.Infra' }");
        rules.Add("  - { id: modules-independent, kind: independent, modules: [" + string.Join(", ", Range(m => $"{{ name: M{m}, types: 'Gen.M{m}.**' }}")) + "] }");
        rules.Add("  - { id: no-cycles, kind: acyclic, slices: 'Gen.{slice}.**' }");
        rules.Add("  - { id: no-clock, kind: banned-api, apis: [{ symbol: 'P:System.DateTime.Now' }] }");
        rules.Add("  - { id: domain-allow-list, kind: allow-only, from: 'Gen.*.Domain.**', to: ['Gen.*.Domain.**', 'Gen.Shared.**'] }");
        rules.Add("  - { id: entities, kind: must-implement, types: 'Gen.*.Domain.*', type: Gen.Shared.IEntity }");
        rules.Add("  - { id: no-obsolete, kind: attributes, types: 'Gen.**', forbid: [System.ObsoleteAttribute] }");
        return "---\nid: ADR-0001\ntitle: Generated shop\nstatus: accepted\nrules:\n" + string.Join("\n", rules) + "\n---\n# Generated shop\n";
    }

    private static IEnumerable<string> Range(System.Func<int, string> each)
    {
        for (var m = 0; m < Modules; m++)
        {
            yield return each(m);
        }
    }
}
