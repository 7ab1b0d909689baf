using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Acme.Billing.Legacy;

namespace Acme.Billing;

public sealed class LineItem
{
    public string Sku { get; init; } = "";

    public Money Price { get; init; }

    public int Quantity { get; init; }
}

[Obsolete("use Invoice2")]
public sealed class Invoice
{
    private readonly List<LineItem> lines = new();

    public Guid Id { get; } = Guid.NewGuid();

    public DateTime Created { get; } = DateTime.Now;

    public string Note { get; set; } = string.Empty;

    public void Add(LineItem line) => lines.Add(line);

    public Money Total()
    {
        var total = Money.Zero;
        foreach (var line in lines)
        {
            total = total + line.Price * line.Quantity;
        }

        return total;
    }

    public Money TotalWithCompound()
    {
        Money total = 0m;
        foreach (var line in lines)
        {
            total += line.Price;
        }

        return total;
    }

    public decimal Gross() => (decimal)Total();

    public double Approximate() => (double)Total();

    public (decimal Amount, string Currency) Split()
    {
        var (amount, currency) = Total();
        return (amount, currency);
    }

    public List<string> Skus() => lines.Select(l => l.Sku).ToList();

    public IEnumerable<decimal> Rates()
    {
        foreach (var line in lines)
        {
            yield return LegacyRates.Lookup(line.Sku);
        }
    }

    public decimal RateOf(string sku)
    {
        Func<string, decimal> lookup = LegacyRates.Lookup;
        decimal Local(string code) => LegacyRates.Lookup(code);
        return lookup(sku) + Local(sku);
    }

    public ArrayList ToArrayList() => new ArrayList(lines.ToArray());

    public Type Kind() => typeof(ArrayList);

    public List<ArrayList> Groups() => new() { new ArrayList() };

    public LineItem First() => lines[0];

    public static LineItem Sample() => new LineItem { Sku = "sample", Quantity = 1 };

    public static List<LineItem> Samples() => new List<LineItem> { Sample(), Sample() };
}

public sealed class LegacyList : ArrayList
{
}

public sealed class Repository<T>
    where T : class
{
    private readonly Dictionary<Guid, T> items = new();

    public void Save(Guid id, T item) => items[id] = item;

    public Guid NewId() => Guid.NewGuid();
}
