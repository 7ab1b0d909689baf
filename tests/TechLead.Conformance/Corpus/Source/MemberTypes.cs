// ADR-0069: 'type-not' on members — the value type, or one of its generic arguments (one level), must not be a type the
// selector picks. Arrays, nested generic arguments, static members, methods and events are not what the rule checks.
namespace Conf.MemberTypes
{
    using System;
    using System.Collections.Generic;

    public interface IAggregateRoot
    {
    }

    public abstract class Entity
    {
    }

    public sealed class Product : Entity, IAggregateRoot
    {
        private readonly string sku;

        public Product(string sku) => this.sku = sku;

        public string Sku => sku;
    }

    public sealed class Customer : Entity, IAggregateRoot
    {
        private readonly List<Product> favourites = [];

        public int Favourites => favourites.Count;
    }

    public sealed class OrderLine : Entity
    {
        public static Customer? Anonymous;

        private readonly Product product;
        private readonly List<Customer> approvers = [];
        private readonly Customer[] watchers = [];
        private readonly Dictionary<Guid, List<Product>> alternatives = [];
        private readonly (Customer Customer, int Share) split;
        private readonly Guid productId;
        private readonly int? quantity;

        public OrderLine(Product product, Customer buyer)
        {
            this.product = product;
            productId = Guid.NewGuid();
            Buyer = buyer;
            split = (buyer, 100);
            quantity = 1;
        }

        public event Action<Customer>? Approved;

        public Customer Buyer { get; private set; }

        public Guid ProductId => productId;

        private Customer? Reviewer => approvers.Count > 0 ? approvers[0] : null;

        public Product Find() => product;

        public int Count() => watchers.Length + alternatives.Count + split.Share + (quantity ?? 0) + (Reviewer is null ? 0 : 1);

        public void Approve(Customer customer) => Approved?.Invoke(customer);
    }
}
