// ADR-0069: 'include-overrides' — a members rule that also selects the overrides the user wrote, as reflection's
// DeclaredOnly lists them. Not selected: what the compiler wrote, operators, protected and internal members.
namespace Conf.PublicMembers
{
    using System;

    public interface IAggregateRoot
    {
    }

    public abstract class Entity
    {
        public virtual int Weight => 0;

        public virtual string Describe() => GetType().Name;

        protected virtual void OnLoaded()
        {
        }
    }

    public sealed class Invoice : Entity, IAggregateRoot
    {
        public decimal Total { get; private set; }

        public override string Describe() => "invoice";
    }

    public sealed class InvoiceLine : Entity
    {
        private readonly decimal amount;

        public InvoiceLine(decimal amount) => this.amount = amount;

        public event EventHandler? Changed;

        public decimal Amount => amount;

        public override int Weight => 1;

        public static InvoiceLine Create(decimal amount) => new(amount);

        public static bool operator ==(InvoiceLine? left, InvoiceLine? right) => Equals(left, right);

        public static bool operator !=(InvoiceLine? left, InvoiceLine? right) => !Equals(left, right);

        public override string Describe() => "line";

        public override string ToString() => Describe();

        public override bool Equals(object? obj) => obj is InvoiceLine other && other.amount == amount;

        public override int GetHashCode() => amount.GetHashCode();

        internal void Recalculate() => Changed?.Invoke(this, EventArgs.Empty);

        protected override void OnLoaded() => Recalculate();
    }

    public sealed class Tag : Entity
    {
        private readonly string name;

        public Tag(string name) => this.name = name;

        internal string Name => name;

        protected override void OnLoaded()
        {
        }
    }
}
