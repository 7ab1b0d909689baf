using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Acme.Billing.Legacy;
using Acme.Billing.Legacy.Internal;
using static System.Console;

namespace Acme.Billing;

[LegacyAudit(Reason = "migrating")]
public sealed class BillingRun
{
    private readonly Random random = new Random();

    private readonly RateCache cache = new RateCache();

    public TimeSpan Elapsed(DateTimeOffset started, DateTimeOffset finished) => finished - started;

    public TimeSpan ElapsedSinceMidnight(DateTimeOffset now) => now - now.Date;

    public string Load(string path) => File.ReadAllText(path);

    public void Report(Invoice invoice)
    {
        WriteLine("invoice " + invoice.Id);
        Console.WriteLine(invoice.Note);
        Console.WriteLine(42);
    }

    public async Task<decimal> RunAsync(Invoice invoice)
    {
        await Task.Delay(10);
        Thread.Sleep(5);
        return await Task.Run(() => LegacyRates.Lookup("x") + cache.Get("y"));
    }

    public int Roll() => random.Next();

    public Random Fresh() => new();

    [Obsolete("old")]
    public void Old() => AppDomain.CurrentDomain.ProcessExit += (s, e) => { };

    [Obsolete]
    public void Older() { }

    public Func<string, decimal> Pick() => code => LegacyRates.Default(code) + LegacyRates.Lookup(code);

    public Money Convert(decimal amount)
    {
        Money money = amount;
        return money + (Money)1m;
    }

    public string Describe() => string.Empty + DateTime.Now;
}
