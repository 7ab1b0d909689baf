using System;
using System.Collections.Generic;
using Microsoft.Win32.SafeHandles;
using Shop.Domain.Shared;

namespace Shop.Domain.Orders
{
    public interface IAggregateRoot
    {
    }

    // Planted: an interface without the I prefix.
    public interface OrderPolicy
    {
        bool Allows(Order order);
    }

    public abstract class Entity
    {
        protected Entity(Guid id) => Id = id;

        public Guid Id { get; }
    }

    public sealed class Order : Entity, IAggregateRoot
    {
        private readonly List<OrderLine> lines = new List<OrderLine>();

        public Order(Guid id, Money total) : base(id) => Total = total;

        public Money Total { get; }

        public IReadOnlyList<OrderLine> Lines => lines;
    }

    public sealed class OrderLine : Entity
    {
        public OrderLine(Guid id, string sku) : base(id) => Sku = sku;

        public string Sku { get; }
    }

    // Planted: a public class in Orders that is no entity, and a domain type reaching for a file handle.
    public class OrderNumberGenerator
    {
        public string Next(SafeFileHandle sequenceFile) => sequenceFile.IsInvalid ? "0" : "1";
    }
}

namespace Shop.Domain.Shared
{
    public abstract class ValueObject
    {
    }

    public sealed class Money : ValueObject
    {
        public Money(decimal amount, string currency)
        {
            Amount = amount;
            Currency = currency;
        }

        public decimal Amount { get; }

        public string Currency { get; }
    }

    // Planted: a value object with a setter.
    public sealed class Address : ValueObject
    {
        public string Street { get; set; } = string.Empty;
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class AuditedAttribute : Attribute
    {
    }

    public interface IHandler
    {
    }
}
