// ADR-0065: modifiers with nested: false (rules/0065). Declared nested types at any depth break it; the types the
// compiler nests for lambdas, iterators and async methods are no declared types and never count.
namespace Conf.Nesting
{
    using System.Collections.Generic;
    using System.Linq;
    using System.Threading.Tasks;

    public sealed class Order
    {
        private readonly List<int> quantities = [];

        public IEnumerable<int> Large(int over) => quantities.Where(q => q > over);

        public IEnumerable<int> Doubled()
        {
            foreach (var quantity in quantities)
            {
                yield return quantity * 2;
            }
        }

        public async Task<int> CountAsync()
        {
            await Task.Yield();
            return quantities.Count;
        }

        public sealed record Line(int Quantity)
        {
            internal enum State
            {
                Open,
            }
        }

        private interface IPricing
        {
        }
    }

    public sealed class Customer<TId>
    {
        public sealed class Address
        {
        }
    }

    public enum Status
    {
        Open,
    }
}
