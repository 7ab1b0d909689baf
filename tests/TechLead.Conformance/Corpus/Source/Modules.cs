// independent (TL0004): Orders and Billing must not use each other; both may use Shared.
namespace Conf.Modules.Orders
{
    public class OrderService
    {
        public Conf.Modules.Billing.Invoice Bill() => new Conf.Modules.Billing.Invoice();
    }

    public class OrderLine
    {
        public OrderService Owner;
    }
}

namespace Conf.Modules.Billing
{
    public class Invoice
    {
        public Conf.Modules.Shared.Money Total;
    }
}

namespace Conf.Modules.Shared
{
    public class Money { }
}
