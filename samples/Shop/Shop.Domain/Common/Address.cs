using System;

namespace Shop.Domain.Common;

/// <summary>
/// A postal address. <see cref="Line2"/> is still settable because the legacy checkout form binds
/// to it directly; ADR-0008 says value objects are immutable, so this is a known violation.
/// </summary>
public sealed class Address : IValueObject // violates ADR-0008/value-objects-immutable
{
    public Address(string street, string city, string postalCode, string country)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(street);
        ArgumentException.ThrowIfNullOrWhiteSpace(city);
        ArgumentException.ThrowIfNullOrWhiteSpace(postalCode);
        ArgumentException.ThrowIfNullOrWhiteSpace(country);
        Street = street;
        City = city;
        PostalCode = postalCode;
        Country = country;
    }

    public string Street { get; }

    public string? Line2 { get; set; }

    public string City { get; }

    public string PostalCode { get; }

    public string Country { get; }
}
