// banned-api (TL0101) through uses that call no method by name: operators, conversions, patterns, initializers, indexers.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading.Tasks;

namespace Conf.BannedOps.Lib
{
    public readonly struct Money
    {
        public Money(decimal amount) => Amount = amount;

        public decimal Amount { get; }

        public static Money operator +(Money a, Money b) => new Money(decimal.Add(a.Amount, b.Amount));

        public static Money operator -(Money a) => new Money(decimal.Negate(a.Amount));

        public static Money operator ++(Money a) => new Money(decimal.Add(a.Amount, decimal.One));

        public static implicit operator Money(int amount) => new Money(new decimal(amount));

        public static explicit operator decimal(Money money) => money.Amount;

        public static explicit operator int(Money money) => decimal.ToInt32(money.Amount);

        public void Deconstruct(out decimal amount, out string currency)
        {
            amount = Amount;
            currency = "EUR";
        }
    }

    public sealed class Ledger : IEnumerable<Money>
    {
        private readonly List<Money> items = new List<Money>();

        public string Owner { get; set; } = "";

        public Money this[int index] => items[index];

        public void Add(Money money) => items.Add(money);

        public IEnumerator<Money> GetEnumerator() => items.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();
    }

    public sealed class Delay
    {
        public TaskAwaiter GetAwaiter() => Task.CompletedTask.GetAwaiter();
    }
}

namespace Conf.BannedOps.Users
{
    using Conf.BannedOps.Lib;

    public class AddUser
    {
        public Money Sum(Money a, Money b) => a + b;
    }

    public class CompoundUser
    {
        public Money Sum(Money a, Money b)
        {
            a += b;
            return a;
        }
    }

    public class NegateUser
    {
        public Money Negate(Money a) => -a;
    }

    public class IncrementUser
    {
        public Money Next(Money a)
        {
            a++;
            return a;
        }
    }

    public class AgeUser
    {
        public TimeSpan Age(DateTimeOffset from, DateTimeOffset to) => to - from;
    }

    public class ImplicitUser
    {
        public Money From(int cents)
        {
            Money money = cents;
            return money;
        }
    }

    public class ExplicitUser
    {
        public decimal Amount(Money money) => (decimal)money;
    }

    /// <summary>op_Explicit to int is not banned: the ban's ~System.Decimal picks the other conversion.</summary>
    public class ExplicitIntUser
    {
        public int Whole(Money money) => (int)money;
    }

    /// <summary>int to decimal is a built-in conversion in C#; only the compiled code calls Decimal.op_Implicit.</summary>
    public class DecimalUser
    {
        public decimal Widen(int cents)
        {
            decimal amount = cents;
            return amount;
        }
    }

    public class DeconstructUser
    {
        public string Currency(Money money)
        {
            var (_, currency) = money;
            return currency;
        }
    }

    public class ForeachUser
    {
        public int Count(Ledger ledger)
        {
            var count = 0;
            foreach (var item in ledger)
            {
                count = item.Amount > 0 ? count + 1 : count;
            }

            return count;
        }
    }

    public class InitializerUser
    {
        public Ledger Open(Money first) => new Ledger { first };
    }

    public class ObjectInitializerUser
    {
        public Ledger Open() => new Ledger { Owner = "books" };
    }

    public class IndexerUser
    {
        public Money First(Ledger ledger) => ledger[0];
    }

    public class AwaitUser
    {
        public async Task Wait(Delay delay) => await delay;
    }
}
