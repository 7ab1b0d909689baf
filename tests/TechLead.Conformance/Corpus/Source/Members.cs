// members (TL0207): methods, properties, fields, constructors, events; generics, overloads, async, iterators, records,
// partial members, extension methods, C# 14 extension members. What the compiler declares is never selected.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Conf.Members
{
    [AttributeUsage(AttributeTargets.All)]
    public sealed class TracedAttribute : Attribute
    {
    }

    public interface IResult
    {
    }

    public sealed class Ok : IResult
    {
    }
}

namespace Conf.Members.Methods
{
    public class Reader
    {
        public void GetNothing() { }

        public void GetNothing(int id) { }

        public int GetCount() => 0;

        public T GetItem<T>(T item) => item;

        public async Task Load() => await Task.Yield();

        public async Task<int> LoadAsync()
        {
            await Task.Yield();
            return 1;
        }

        public async IAsyncEnumerable<int> Stream()
        {
            await Task.Yield();
            yield return 1;
        }

        public IEnumerable<int> Items()
        {
            yield return 1;
        }

        public Task NotAsync() => Task.CompletedTask;

        public void WithLambdas()
        {
            Func<Task> lambda = async () => await Task.Yield();
            async Task Local() => await Task.Yield();
            _ = lambda;
            _ = Local();
        }

        public int IsReady() => 1;

        public bool IsOpen() => true;

        public Task<bool> IsFreshAsync() => Task.FromResult(true);

        public string HasName { get; set; } = "";

        public bool HasItems { get; }

        public int Issue() => 0;

        public void Configure(int a, int b, int c, int d) { }

        public override string ToString() => "reader";
    }

    public class OrdersController
    {
        public IResult Index() => new Ok();

        public Task<IResult> SaveAsync() => Task.FromResult<IResult>(new Ok());

        public string Version() => "1";

        [Traced]
        public void Trace() { }

        private string Helper() => "";
    }
}

namespace Conf.Members.Domain
{
    public class Order
    {
        public int Count;

        public const int Max = 3;

        public static readonly Order Empty = new(0);

        private readonly int id;

        public Order(int id) => this.id = id;

        private Order() { }

        public int Total { get; set; }

        public int Lines { get; private set; }

        public int Id { get; init; }

        public int Key => id;
    }

    public class Customer
    {
        protected Customer() { }
    }

    public class Invoice
    {
    }

    public record Line(int Quantity);
}

namespace Conf.Members.Declared
{
    public interface INamed
    {
        string Name { get; }

        void Rename();

        event EventHandler Renamed;
    }

    public record Money(decimal Amount)
    {
        public decimal Cents { get; init; }
    }

    public record struct Point(int X);

    public class Named : INamed
    {
        private int count;

        string INamed.Name => "";

        public event EventHandler Moved;

        event EventHandler INamed.Renamed { add { } remove { } }

        public int Size { get; set; }

        public static Named operator +(Named a, Named b) => a;

        void INamed.Rename() { }

        public void Touch()
        {
            count++;
            Moved?.Invoke(this, EventArgs.Empty);
            Func<int> read = () => count;
            _ = read();
        }

        public override string ToString() => "named";
    }

    public static class Strings
    {
        public static bool Blank(this string text) => text.Length == 0;
    }

    public static class Shouting
    {
        extension(string text)
        {
            public bool IsShouting => text.ToUpperInvariant() == text;

            public int Vowels() => 0;
        }
    }

    public partial class Parts
    {
        public partial void Save();
    }

    public partial class Parts
    {
        public partial void Save() { }
    }

    public class WithStatics
    {
        private static int seed = 1;

        static WithStatics() => seed++;

        public WithStatics() { }
    }

    public class Initialized
    {
        private int value = 3;

        public int Value => value;
    }

    public abstract class Shape
    {
    }

    public class Square : Shape
    {
        public override string ToString() => "square";
    }

    public enum Level
    {
        Low,
        High,
    }

    public delegate void Handler(int x);

    public class Iterators
    {
        public IEnumerable<int> Items()
        {
            yield return 1;
        }

        public async Task RunAsync() => await Task.Yield();
    }
}
