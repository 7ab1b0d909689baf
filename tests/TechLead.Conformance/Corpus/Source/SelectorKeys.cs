// Regex and modifier selector keys (name-matches, namespace-matches, full-name-matches, abstract, sealed, static).
// Corpus/Adr/0015-selector-keys.md selects among these; rules/0035 says what each key sees.
namespace Conf.Keys.Domain
{
    public abstract class AggregateRoot { }

    public interface IRepo<T> { }

    public class Repo { }

    public class Repo<T> : IRepo<T> { }

    public sealed class OrderService { }

    public class CustomerService { }

    public class Legacyservice { }

    public static class ServiceHelpers
    {
        public static int Help() => 1;
    }

    public struct Money { }

    public enum Status { Open }

    public delegate void Changed();

    public abstract record EventBase;

    public sealed record Placed : EventBase;

    public class Outer
    {
        public class InnerService { }
    }

    public class LedgerStore
    {
        public System.Data.IDbConnection? Connection;
    }
}

namespace Conf.Keys.Domain.Auditing
{
    public class AuditEntry { }

    public class AuditTrail
    {
        public AuditEntry? Last;
    }
}

namespace Conf.Keys.Domain.Billing
{
    public class Invoice
    {
        public Conf.Keys.Domain.Auditing.AuditEntry? Audit;
    }
}

namespace Conf.Keys.Domain.Internal
{
    internal class HiddenService { }
}

namespace Conf.Keys.App
{
    public class AppClient
    {
        public int Run(Conf.Keys.Domain.Money money) => Conf.Keys.Domain.ServiceHelpers.Help();
    }
}

namespace Conf.Keys.App.Sub
{
    public class SubThing
    {
        public int Run() => System.Math.Max(Conf.Keys.Domain.ServiceHelpers.Help(), 0);
    }
}

namespace Conf.Keys.Api
{
    public class ApiEndpoint
    {
        public Conf.Keys.Domain.IRepo<int>? Contract;

        public Conf.Keys.Domain.Repo<int>? Implementation;
    }
}

namespace Conf.Keys.Apiary
{
    public class Bee { }
}
