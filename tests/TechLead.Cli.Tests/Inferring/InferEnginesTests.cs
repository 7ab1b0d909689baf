using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;
using TechLead.Rules;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// infer verifies every proposal with the analyzer and both fitness engines (ArchUnitNET, NetArchTest) on the solution's
/// own compilations, emitted for the purpose (rules/0045): on <see cref="ClinicSolution"/> all three agree; with a generated
/// part that maps a class to a table, the IL engines see an attribute the analyzer does not read (generated code): the
/// rules it breaks are not proposed, and named as that declared difference (docs/dependency-forms.md), not as a defect.
/// </summary>
public sealed class InferEnginesTests
{
    private const string Adr = "docs/adr/0001-keep-the-structure-clinic-already-has.md";

    [Fact]
    public void When_the_analyzer_and_both_engines_agree_every_rule_is_proposed_and_what_netarchtest_cannot_check_is_named_as_a_skip()
    {
        using var repo = new TempRepo();
        ClinicSolution.WriteTo(repo, withDesignerFile: false);

        var run = repo.Run("infer", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            $"created ADR-0001 (proposed) with 5 rule(s) that hold today: {Adr}",
            "  independent    harbor-clinic-independent-modules (7 types)",
            "  allow-only     harbor-clinic-scheduling-self-contained (4 types)",
            "  allow-only     harbor-clinic-storage-self-contained (3 types)",
            "  diagram        harbor-clinic-module-map (10 types)",
            "  acyclic        harbor-clinic-acyclic (10 types)",
            "next: review it, 'techlead impact ADR-0001' to see it flags nothing, then set status: accepted",
        ], run.StdoutLines);
        var text = File.ReadAllText(Path.Combine(repo.Root, Adr));
        Assert.Contains("proposes the rules below because they already hold: the analyzer and both fitness engines (ArchUnitNET and NetArchTest, on the compiled assemblies), run with each rule as if accepted, report 0 violations.", text, StringComparison.Ordinal);
        Assert.Contains(
            "\nNetArchTest skips `harbor-clinic-independent-modules` (the NetArchTest engine cannot check 'independent' rules; use FitnessEngine.ArchUnitNet); `harbor-clinic-module-map` (the NetArchTest engine cannot check 'diagram' rules; use FitnessEngine.ArchUnitNet); `harbor-clinic-acyclic` (the NetArchTest engine cannot check 'acyclic' rules; use FitnessEngine.ArchUnitNet): the analyzer and the other engine checked them.\n",
            text,
            StringComparison.Ordinal);
        Assert.DoesNotContain("the engines disagree", text, StringComparison.Ordinal);

        // Nothing is left behind: the assemblies the engines read were emitted to a temporary folder, and no build ran.
        Assert.Empty(Directory.GetFiles(repo.Root, "*.dll", SearchOption.AllDirectories));
        var impact = repo.Run("impact", "ADR-0001", "--no-restore");
        Assert.True(impact.ExitCode == 0, impact.ToString());
        Assert.Equal("if accepted, its 5 rule(s) would report 0 violation(s) today", impact.StdoutLines[1]);
    }

    [Fact]
    public void A_rule_that_holds_in_the_analyzer_and_not_in_an_engine_for_a_declared_difference_is_named_with_the_construct_and_not_proposed()
    {
        using var repo = new TempRepo();
        ClinicSolution.WriteTo(repo, withDesignerFile: true);

        var run = repo.Run("infer", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(
        [
            $"created ADR-0001 (proposed) with 2 rule(s) that hold today: {Adr}",
            "  allow-only     harbor-clinic-storage-self-contained (3 types)",
            "  acyclic        harbor-clinic-acyclic (10 types)",
            // NetArchTest cannot check independence (a declared skip): only ArchUnitNET's view is named for that rule.
            "not proposed, a declared difference between the engines on independent harbor-clinic-independent-modules: holds in the analyzer, ArchUnitNET finds Harbor.Clinic.Scheduling.Appointment -> Harbor.Clinic.Storage.TableAttribute; that is an attribute only the generated part Appointment.Designer.cs of partial class Harbor.Clinic.Scheduling.Appointment declares (the analyzer skips generated files, IL does not say which part declares an attribute), see docs/dependency-forms.md, \"Declared differences\"",
            "not proposed, a declared difference between the engines on diagram harbor-clinic-module-map: holds in the analyzer, ArchUnitNET finds Harbor.Clinic.Scheduling.Appointment -> Harbor.Clinic.Storage.TableAttribute; that is an attribute only the generated part Appointment.Designer.cs of partial class Harbor.Clinic.Scheduling.Appointment declares (the analyzer skips generated files, IL does not say which part declares an attribute), see docs/dependency-forms.md, \"Declared differences\"",
            "not proposed, a declared difference between the engines on allow-only harbor-clinic-scheduling-self-contained: holds in the analyzer, ArchUnitNET and NetArchTest find Harbor.Clinic.Scheduling.Appointment -> Harbor.Clinic.Storage.TableAttribute; that is an attribute only the generated part Appointment.Designer.cs of partial class Harbor.Clinic.Scheduling.Appointment declares (the analyzer skips generated files, IL does not say which part declares an attribute), see docs/dependency-forms.md, \"Declared differences\"",
            "3 candidate(s) not proposed; each is listed in the ADR with the reason",
            "next: review it, 'techlead impact ADR-0001' to see it flags nothing, then set status: accepted",
        ], run.StdoutLines);
        var text = File.ReadAllText(Path.Combine(repo.Root, Adr));
        Assert.Contains("* `harbor-clinic-scheduling-self-contained` (allow-only): the engines differ on a declared difference: holds in the analyzer, ArchUnitNET and NetArchTest find Harbor.Clinic.Scheduling.Appointment -> Harbor.Clinic.Storage.TableAttribute; that is an attribute only the generated part Appointment.Designer.cs of partial class Harbor.Clinic.Scheduling.Appointment declares (the analyzer skips generated files, IL does not say which part declares an attribute), see docs/dependency-forms.md, \"Declared differences\"\n", text, StringComparison.Ordinal);
        Assert.Contains("* `harbor-clinic-module-map` (diagram): the engines differ on a declared difference: holds in the analyzer, ArchUnitNET finds Harbor.Clinic.Scheduling.Appointment -> Harbor.Clinic.Storage.TableAttribute; that is an attribute only the generated part Appointment.Designer.cs of partial class Harbor.Clinic.Scheduling.Appointment declares (the analyzer skips generated files, IL does not say which part declares an attribute), see docs/dependency-forms.md, \"Declared differences\"\n", text, StringComparison.Ordinal);
        Assert.Contains("* `harbor-clinic-independent-modules` (independent): the engines differ on a declared difference: holds in the analyzer, ArchUnitNET finds Harbor.Clinic.Scheduling.Appointment -> Harbor.Clinic.Storage.TableAttribute; that is an attribute only the generated part Appointment.Designer.cs of partial class Harbor.Clinic.Scheduling.Appointment declares (the analyzer skips generated files, IL does not say which part declares an attribute), see docs/dependency-forms.md, \"Declared differences\"\n", text, StringComparison.Ordinal);
        Assert.Equal(
            ["harbor-clinic-storage-self-contained", "harbor-clinic-acyclic"],
            AdrSet.Load([new AdrSourceFile(Adr, text)]).Rules.Select(r => r.Id));
    }
}
