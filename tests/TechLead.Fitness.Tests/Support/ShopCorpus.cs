namespace TechLead.Fitness.Tests.Support;

/// <summary>A small shop: the domain uses the database in two types, one of them only in a catch clause.</summary>
internal static class ShopCorpus
{
    public const string Source = """
        using System;
        namespace Shop.Infrastructure.Db
        {
            public class ShopContext { public void Save() { } }
            public class DbException : Exception { }
        }
        namespace Shop.Domain
        {
            public sealed class Order { public void Place(Shop.Infrastructure.Db.ShopContext context) => context.Save(); }
            public sealed class Invoice { public void Send() { try { Console.WriteLine(); } catch (Shop.Infrastructure.Db.DbException) { } } }
            public sealed class Customer { }
        }
        """;

    public static string AssemblyPath => Corpus.PathOf("Shop", Source);
}
