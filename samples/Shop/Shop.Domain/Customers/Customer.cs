using System;
using Shop.Domain.Common;

namespace Shop.Domain.Customers;

/// <summary>Someone who can place orders. Customers are registered once and identified by e-mail.</summary>
[Serializable]
public sealed class Customer : AggregateRoot<CustomerId> // violates ADR-0008/no-serializable-domain
{
    private Customer(CustomerId id, string name, EmailAddress email)
        : base(id)
    {
        Name = name;
        Email = email;
    }

    public string Name { get; private set; }

    public EmailAddress Email { get; private set; }

    public Address? ShippingAddress { get; private set; }

    /// <summary>The customer's number in the old ERP, kept until the migration finishes.</summary>
    public string? ClientReference { get; private set; } // violates ADR-0010/ubiquitous-language

    public static Customer Register(string name, EmailAddress email, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(email);
        var customer = new Customer(CustomerId.New(), name.Trim(), email);
        customer.Raise(new CustomerRegistered(customer.Id, email, now));
        return customer;
    }

    public void ChangeShippingAddress(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        ShippingAddress = address;
    }

    public void LinkErpNumber(string erpNumber)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(erpNumber);
        ClientReference = erpNumber;
    }
}
