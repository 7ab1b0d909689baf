namespace TechLead.Analyzers.Tests.Infrastructure;

/// <summary>An infrastructure namespace the domain must not use, and a neutral helper namespace.</summary>
internal static class Corpus
{
    public const string Infrastructure = """
        namespace Shop.Infrastructure
        {
            public class Db
            {
                public static Db Open() => new Db();
                public static int Max = 1;
                public int Count;
                public int Size { get; set; }
                public event DbHandler Changed;
                public void Query() { Changed?.Invoke(); }
            }
            public delegate void DbHandler();
            public interface IRepo { }
            public sealed class DbAttribute : System.Attribute { }
            public static class DbExtensions { public static void Flush(this string s) { } }
            public class DbException : System.Exception { }
            public struct Cell { }
            public class Outer { public class Inner { } }
        }
        namespace Shop.Shared
        {
            public static class Factory
            {
                public static Shop.Infrastructure.Db Create() => new Shop.Infrastructure.Db();
                public static void Take(Shop.Infrastructure.Db db) { }
                public static void TakeCell(Shop.Infrastructure.Cell cell) { }
            }
        }
        """;
}
