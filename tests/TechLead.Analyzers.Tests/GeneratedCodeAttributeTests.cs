using System.Threading.Tasks;
using TechLead.Analyzers.Tests.Infrastructure;
using static TechLead.Analyzers.Tests.Infrastructure.AnalyzerTest;

namespace TechLead.Analyzers.Tests;

/// <summary>
/// Declarations marked <c>[GeneratedCode]</c> in a hand-written file are generated code (rules/0039): the written type
/// names in them are not judged, as the compiler's driver skips them; their neighbours still are (rules/0071).
/// </summary>
public sealed class GeneratedCodeAttributeTests
{
    private static readonly string Message = Adrs.Forbidden("Shop.Domain.Order", "Shop.Infrastructure.Db");

    [Fact]
    public Task A_generated_member_is_skipped_and_its_hand_written_neighbour_is_judged() =>
        Run(
            """
            using System.CodeDom.Compiler;
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Domain
            {
                public class Order
                {
                    [GeneratedCode("tool", "1.0")]
                    private Shop.Infrastructure.Db generated;

                    [GeneratedCode("tool", "1.0")]
                    public object Make() { Shop.Infrastructure.Db local = null; return local; }

                    public object Keep() { Shop.Infrastructure.{|#0:Db|} local = null; return local; }
                }
            }
            """,
            Adrs.ForbidDomainToInfrastructure(),
            Diagnostic("TL0002", 0, Message));

    [Fact]
    public Task A_generated_type_is_skipped_with_its_nested_types() =>
        Run(
            """
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Domain
            {
                [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                public class Mapper : System.Collections.Generic.List<Shop.Infrastructure.Db>
                {
                    private Shop.Infrastructure.Db db;
                    public class Inner { private Shop.Infrastructure.Db db; }
                }

                public class Order { private Shop.Infrastructure.{|#0:Db|} db; }
            }
            """,
            Adrs.ForbidDomainToInfrastructure(),
            Diagnostic("TL0002", 0, Message));

    [Fact]
    public Task A_generated_propertys_accessors_are_declarations_of_their_own_as_the_driver_sees_them() =>
        Run(
            """
            namespace Shop.Infrastructure { public class Db { } }
            namespace Shop.Domain
            {
                public class Order
                {
                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    public Shop.Infrastructure.Db Current { get { Shop.Infrastructure.{|#0:Db|} db = null; return db; } }

                    [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
                    public object Arrow => (Shop.Infrastructure.{|#1:Db|})null;

                    public object Plain { [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")] get { Shop.Infrastructure.Db db = null; return db; } }
                }
            }
            """,
            Adrs.ForbidDomainToInfrastructure(),
            Diagnostic("TL0002", 0, Message),
            Diagnostic("TL0002", 1, Message));
}
