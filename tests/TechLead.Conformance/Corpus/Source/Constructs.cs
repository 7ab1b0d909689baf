// One Conf.Constructs.Users type per C# construct whose IL differs from its source (ADR-0014 of the corpus, rules/0039):
// each depends on exactly the Conf.Constructs.Model types its source writes or instantiates, never on what the
// compiler synthesizes for it (Conf.Constructs.Users.Explicit writes some of that machinery itself, the positive control).
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;

namespace Conf.Constructs.Model
{
    public class Address { public string Street { get; set; } = ""; }
    public enum Unit { Metre, Foot }
    public class Store { public int Count() => 1; }
    public class Widget { public int Size; }
    public class Item { public string Name { get; set; } = ""; public int Size { get; set; } }
    public class Shape { public int Sides { get; set; } }
    public class Left { }
    public class Tag { }
    public struct Level { }
    public class Runner { public void Run(CancellationToken token = default, params int[] extra) { } }
    public static class Limits { public const int Max = 10; }
    public enum Status { Open, Closed }
    public sealed class MarkerAttribute(Type type) : Attribute { public Type Type { get; } = type; }
    public class Gadget { }
    public interface ICreatable<TSelf> where TSelf : ICreatable<TSelf> { static abstract TSelf Create(); }
    public class Error { }
    public static class Errors { public static Error NotFound(string id) => new(); }
    public class Result { public static Result Failure(Error error) => new(); }
    public static class Box { public static T Of<T>(T value) => value; }
    public readonly struct Money { public static Money operator +(Money a, Money b) => a; }
    public static class Prices { public static Money Get() => default; public static void Print(Money money) { } }
    public static class Filters { public static void By(Expression<Func<Address, string>> select) { } }
    public class BaseHandler { public virtual int Write() => 0; }
    public class JwtHandler : BaseHandler { public override int Write() => 1; }
    public static class Handlers { public static JwtHandler Create() => new(); }
    public static class Loader { public static Task<Item> LoadAsync() => Task.FromResult(new Item()); }
    public class Query { }
    public class Payload { }
    public class Reply { }
    public sealed class ColumnOperation { }
    public sealed class ColumnBuilder<TOperation> { }
    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class FromBodyAttribute : Attribute { }
}

namespace Conf.Constructs.Hosting
{
    // A minimal-API and an EF-migration shape of our own: the frameworks' signatures, none of their code.
    public sealed class App { public void MapGet(string pattern, Delegate handler) { } }
    public sealed class ColumnsBuilder { public Conf.Constructs.Model.ColumnBuilder<Conf.Constructs.Model.ColumnOperation> Column(string name) => new(); }
    public sealed class CreateTableBuilder<TColumns> { public void PrimaryKey(string name, Func<TColumns, object> columns) { } }
    public sealed class MigrationBuilder
    {
        public void CreateTable<TColumns>(string name, Func<ColumnsBuilder, TColumns> columns, Action<CreateTableBuilder<TColumns>>? constraints = null) { }
    }
}

namespace Conf.Elsewhere
{
    public class Stranger { }
}

namespace Conf.Constructs.Users
{
    using Conf.Constructs.Hosting;
    using Conf.Constructs.Model;

    public record PersonRecord(string Name, Address Home);

    public record struct PointRecord(int X, Unit Unit);

    public class PrimaryConstructorService(Store store)
    {
        public int Count() => store.Count();
    }

    public class LocalFunctionUser
    {
        public int Run()
        {
            return Make().Size;

            static Widget Make() => new();
        }
    }

    public class QueryUser
    {
        private readonly IEnumerable<Item> items = [];

        public IEnumerable<string> Names() => from item in items where item.Size > 1 select item.Name;
    }

    public class PatternUser
    {
        public bool IsPolygon(object value) => value is Shape { Sides: > 2 };
    }

    public class TupleUser
    {
        public (Left Side, int Count) Pair() => (new Left(), 1);

        public int Count()
        {
            var (_, count) = Pair();
            return count;
        }
    }

    public class NullableUser
    {
        public Tag? Tag { get; set; }

        public Level? Level { get; set; }
    }

    public class DefaultArgumentUser
    {
        public void Go() => new Runner().Run();
    }

    public class ConstantUser
    {
        public int Limit() => Limits.Max;

        public int Closed() => (int)Status.Closed;
    }

    [Marker(typeof(Gadget))]
    public class AttributeTypeofUser { }

    public class StaticAbstractUser : ICreatable<StaticAbstractUser>
    {
        public static StaticAbstractUser Create() => new();

        public static T Make<T>() where T : ICreatable<T> => T.Create();
    }

    public class CollectionExpressionUser
    {
        public List<Item> Items() => [new Item(), new Item()];

        public int[] Numbers() => [1, 2, 3];
    }

    public class FieldKeywordUser
    {
        public Item Current { get => field; set => field = value ?? throw new ArgumentNullException(nameof(value)); } = new();
    }

    public static class WidgetExtensions
    {
        extension(Widget widget)
        {
            public int Weight => widget.Size * 2;
        }
    }

    public class ExtensionMemberUser
    {
        public int Weigh(Widget widget) => widget.Weight;
    }

    public class SignatureOnlyUser
    {
        public Result Fail() => Result.Failure(Errors.NotFound("order"));
    }

    public class InferredArgumentUser
    {
        public object Wrap() => Box.Of(Errors.NotFound("order"));
    }

    public class OperatorUser
    {
        public void Total() => Prices.Print(Prices.Get() + Prices.Get());
    }

    public class ExpressionTreeUser
    {
        public void Select() => Filters.By(address => address.Street.Trim());
    }

    public class AsyncUser
    {
        public async Task<Item> LoadAsync(CancellationToken token)
        {
            await Task.Delay(1, token).ConfigureAwait(false);
            return new Item();
        }
    }

    public class IteratorUser
    {
        public IEnumerable<Widget> Widgets()
        {
            yield return new Widget();
        }
    }

    public class InterpolationUser
    {
        public string Describe(int size, string name) => $"{name}: {size}";
    }

    public class ForeachUser
    {
        private readonly List<Item> items = [];

        public int Total()
        {
            var total = 0;
            foreach (var item in items)
            {
                total += item.Size;
            }

            return total;
        }
    }

    public class OrderFailedException(string message) : Exception(message);

    public class EndpointUser
    {
        public void Map(App app) =>
            app.MapGet("/orders", async (Query query, [FromBody] Payload payload, CancellationToken token) =>
            {
                await Task.Delay(1, token);
                return new Reply();
            });
    }

    public class InitialMigration
    {
        public void Up(MigrationBuilder builder) =>
            builder.CreateTable(
                name: "Orders",
                columns: table => new { Id = table.Column("Id"), Total = table.Column("Total") },
                constraints: table => table.PrimaryKey("PK_Orders", x => x.Id));
    }

    public class InterfaceSpreadUser
    {
        // The compiler builds a List<Item> and wraps it in a read-only type of its own: only Item is the code's.
        public IReadOnlyCollection<Item> Copy(IEnumerable<Item> items) => [.. items];
    }

    public class OverrideUser
    {
        public int Go() => Handlers.Create().Write();
    }

    public class ImplicitArrayUser
    {
        public object All() => new[] { Errors.NotFound("a"), Errors.NotFound("b") };
    }

    public class SyncOverAsyncUser
    {
        public Item Load() => Loader.LoadAsync().GetAwaiter().GetResult();
    }

    public class Explicit
    {
        public string Build() => new System.Text.StringBuilder().Append(1).ToString();
    }

    public class Outsider
    {
        public Conf.Elsewhere.Stranger Stranger = new();
    }
}

namespace Conf.Constructs.Glob
{
    public class Narrow
    {
        public string Name = "";

        public List<string> Names = [];
    }
}
