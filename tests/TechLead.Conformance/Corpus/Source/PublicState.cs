using System;

// immutable: public-members (rules/0062): public fields and properties, declared and inherited, instance and static.
namespace Conf.Shape.PublicBases
{
    public abstract class AuditedEntity
    {
        public Guid Id { get; private set; }
    }

    public abstract class SealedState
    {
        public const int Version = 2;

        public DateTime CreatedOn { get; }
    }
}

namespace Conf.Shape.PublicState
{
    public sealed class Snapshot : Conf.Shape.PublicBases.SealedState
    {
        public const string Kind = "snapshot";
        public static readonly Snapshot Empty = new Snapshot(0);
        public readonly int Sequence;
        internal int cachedHash;
        protected int retries;
        private int reads;

        public Snapshot(int sequence) => Sequence = sequence;

        public int Total { get; }

        internal int Hidden { get; set; }

        public int Reads() => ++reads + retries + cachedHash;
    }

    public enum Stage
    {
        Draft,
        Sent,
    }

    public sealed class Invoice : Conf.Shape.PublicBases.AuditedEntity
    {
        public decimal Amount { get; }
    }

    public sealed class PaymentRejected : Exception
    {
        public PaymentRejected(string message) : base(message)
        {
        }
    }

    public sealed class Basket
    {
        public decimal Total { get; private set; }
    }

    public sealed class Address
    {
        public string Street { get; init; }
    }

    public sealed class Ledger
    {
        public decimal Balance;
    }

    public static class Sequence
    {
        public static int Next;
    }

    public sealed class Settings
    {
        public static Settings Current { get; set; }
    }
}
