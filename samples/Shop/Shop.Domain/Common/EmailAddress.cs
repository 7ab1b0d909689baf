using System;

namespace Shop.Domain.Common;

/// <summary>A syntactically plausible e-mail address, normalised to lower case.</summary>
public sealed record EmailAddress : IValueObject
{
    public EmailAddress(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == value.Length - 1)
        {
            throw new ArgumentException($"'{value}' is not an e-mail address.", nameof(value));
        }

        Value = value.Trim().ToLowerInvariant();
    }

    public string Value { get; }

    public override string ToString() => Value;
}
