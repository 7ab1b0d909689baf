// ADR-0065: placement with namespace-matches (rules/0065): a regex found anywhere in the namespace, case-sensitive.
namespace Conf.Placed.Ordering.Features.Create
{
    public sealed class CreateOrderHandler
    {
    }
}

namespace Conf.Placed.Catalog.Features
{
    public sealed class ListBooksHandler
    {
    }
}

namespace Conf.Placed.Catalog.FeaturesLegacy
{
    public sealed class OldHandler
    {
    }
}

namespace Conf.Placed.Basket.features
{
    public sealed class AddItemHandler
    {
    }
}

namespace Conf.Placed.Basket
{
    public sealed class CheckoutHandler
    {
    }
}
