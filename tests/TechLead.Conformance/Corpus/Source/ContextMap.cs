// diagram (TL0006): contexts use each other only along the arrows of ADR-0031's context map.
namespace Conf.Context.Ordering
{
    public class Cart
    {
        public Conf.Context.Catalog.Product Product;
        public Conf.Context.Billing.Invoice Bill() => new Conf.Context.Billing.Invoice();
    }
}

namespace Conf.Context.Billing
{
    public class Invoice
    {
        public Conf.Context.Catalog.Product Item;
        public Conf.Context.Ordering.Cart Cart;
    }
}

namespace Conf.Context.Catalog
{
    public class Product
    {
        public Conf.Context.Shared.Money Price;
        public void AddTo(Conf.Context.Ordering.Cart cart) { }
    }
}

namespace Conf.Context.Shipping
{
    public class Parcel
    {
        public Conf.Context.Ordering.Cart Cart;

        public decimal Weigh()
        {
            var invoice = new Conf.Context.Billing.Invoice();
            return invoice.Item == null ? 0m : 1m;
        }
    }
}

namespace Conf.Context.Shared
{
    public class Money { }
}
