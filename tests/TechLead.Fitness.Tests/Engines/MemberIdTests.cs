using System.Linq;
using TechLead.Fitness.Engines.ArchUnit;
using TechLead.Fitness.Tests.Support;

namespace TechLead.Fitness.Tests.Engines;

public sealed class MemberIdTests
{
    private const string Source = """
        using System;
        using System.Collections.Generic;
        namespace Lib
        {
            public class Store<T>
            {
                public Store(int capacity) { }
                public static int Shared;
                public int this[int index] => index;
                public event EventHandler? Changed;
                public TOut Map<TOut>(Func<T, TOut> map) => map(default!);
                public void Put(T item, ref int slot, int[] bag, List<string> names) { }
                public void Raise() => Changed?.Invoke(this, EventArgs.Empty);
            }
        }
        namespace App
        {
            public sealed class User
            {
                public void Use()
                {
                    var store = new Lib.Store<string>(3);
                    var slot = 0;
                    store.Put("x", ref slot, new int[0], new System.Collections.Generic.List<string>());
                    store.Map(s => s.Length);
                    store.Changed += (_, _) => { };
                    Lib.Store<string>.Shared = store[1];
                }
            }
        }
        """;

    [Theory]
    [InlineData("M:Lib.Store`1.#ctor(System.Int32)")]
    [InlineData("M:Lib.Store`1.Map``1(System.Func{`0,``0})")]
    [InlineData("M:Lib.Store`1.Put(`0,System.Int32@,System.Int32[],System.Collections.Generic.List{System.String})")]
    [InlineData("M:Lib.Store`1.Put")]
    [InlineData("P:Lib.Store`1.Item(System.Int32)")]
    [InlineData("P:Lib.Store`1.Item")]
    [InlineData("E:Lib.Store`1.Changed")]
    [InlineData("F:Lib.Store`1.Shared")]
    [InlineData("T:Lib.Store`1")]
    [InlineData("N:Lib")]
    public void Banned_symbols_match_the_doc_comment_ids_of_the_members_used(string symbol)
    {
        var rule = Adrs.Rule($"- {{ id: banned, kind: banned-api, in: App.**, apis: [{{ symbol: '{symbol}' }}] }}");

        var violation = Assert.Single(ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("MemberIds", Source)).Violations);

        Assert.Equal(("T:App.User", symbol), (violation.BaselineFrom, violation.BaselineTo));
    }

    [Theory]
    [InlineData("M:Lib.Store`1.Put(System.String)")]
    [InlineData("P:Lib.Store`1.Item(System.String)")]
    [InlineData("M:Lib.Store`1.Raise")]
    public void Symbols_that_are_not_used_do_not_match(string symbol)
    {
        var rule = Adrs.Rule($"- {{ id: banned, kind: banned-api, in: App.**, apis: [{{ symbol: '{symbol}' }}] }}");

        Assert.Empty(ArchUnitAdapter.Instance.Evaluate(rule, Corpus.Of("MemberIds", Source)).Violations.Select(v => v.Message));
    }
}
