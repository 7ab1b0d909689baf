// Constructs whose written dependency compiled IL cannot show as written (ADR-0017 of the corpus, docs/dependency-forms.md
// "Declared differences"), each beside a control IL does show (or, for `default`, a type no engine should count). Infrastructure/CorpusInterceptors.cs adds the interceptor a
// source generator would add for Registry.Register.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Linq.Expressions;

namespace Conf.Declared.Model
{
    // JetBrains' annotations are declared like this: the compiler emits a use only when the symbol is defined.
    [Conditional("TECHLEAD_NEVER_DEFINED")]
    [AttributeUsage(AttributeTargets.Class)]
    public sealed class TracedAttribute : Attribute { }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class KeptAttribute : Attribute { }

    public static class Registry
    {
        public static int Register(string name) => name.Length;
    }

    public static class Catalog
    {
        public static int Add(string name) => name.Length;
    }

    public class Entry { public int Size { get; set; } }

    public struct Ticket { }

    public static class Gate
    {
        public static int Pass(Ticket ticket) => 1;
    }
}

namespace Conf.Declared.Users
{
    using Conf.Declared.Model;

    [Traced]
    public class ConditionalAttributeUser { }

    [Kept]
    public class EmittedAttributeUser { }

    public class InterceptedCallUser
    {
        public int Start() => Registry.Register("orders");
    }

    public class PlainCallUser
    {
        public int Start() => Catalog.Add("orders");
    }

    public class SpreadIntoListUser
    {
        public List<int> Copy(IEnumerable<int> sizes) => [.. sizes];
    }

    public class ToListUser
    {
        public List<int> Copy(IEnumerable<int> sizes) => sizes.ToList();
    }

    public class DefaultLiteralArgumentUser
    {
        // Ticket is only in Pass's signature (rules/0039); IL creates it for `default` as it would for `new Ticket()`.
        public int Go() => Gate.Pass(default);
    }

    public class HandBuiltTreeUser
    {
        public LambdaExpression Build()
        {
            var entry = Expression.Parameter(typeof(Entry), "entry");
            return Expression.Lambda(Expression.Property(entry, "Size"), entry);
        }
    }
}
