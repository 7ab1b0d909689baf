using System;
using System.IO;
using System.Linq;
using TechLead.Cli.Tests.Support;

namespace TechLead.Cli.Tests.Inferring;

/// <summary>
/// A library lending service of our own (four projects): the API's <c>Program</c> wires the infrastructure and seeds the
/// domain, its endpoints go through the application only. "The API uses the inner layers only from its composition root"
/// is one decision: infer proposes it as one forbid with every layer the root alone uses, the root left out once, not one
/// forbid per layer each leaving out the same <c>Program</c> (rules/0056).
/// </summary>
public sealed class InferCompositionRootTests
{
    [Fact]
    public void The_layers_only_the_composition_root_uses_are_one_forbid_that_leaves_the_root_out_once()
    {
        using var repo = new TempRepo();
        WriteLending(repo);

        var run = repo.Run("infer", "Lending.slnx", "--all");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("  forbid         api-does-not-use-2-layers-outside-its-composition-root (5 types, 1 left out)", run.StdoutLines);
        Assert.DoesNotContain(run.StdoutLines, line => line.Contains("api-does-not-use-infrastructure", StringComparison.Ordinal) || line.Contains("api-does-not-use-domain", StringComparison.Ordinal));
        var text = File.ReadAllText(Directory.GetFiles(repo.AdrDirectory, "0001-*.md").Single());
        Assert.Contains(
            "- id: api-does-not-use-2-layers-outside-its-composition-root\n  kind: forbid\n  from:\n    namespace: Harbor.Lending.Api.**\n    except: Harbor.Lending.Api.Program\n  to: [Harbor.Lending.Infrastructure.**, Harbor.Lending.Domain.**]\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("* `api-does-not-use-2-layers-outside-its-composition-root` (forbid): of Api, only namespace Harbor.Lending.Api uses Infrastructure, Domain (a composition root); covers 5 type(s), 0 violations today. Left out: `Harbor.Lending.Api.Program`, because the analyzer reports it today: ", text, StringComparison.Ordinal);
    }

    private static void WriteLending(TempRepo repo)
    {
        repo.Write("Lending.slnx", "<Solution>\n  <Project Path=\"src/Api/Api.csproj\" />\n  <Project Path=\"src/Infrastructure/Infrastructure.csproj\" />\n  <Project Path=\"src/Application/Application.csproj\" />\n  <Project Path=\"src/Domain/Domain.csproj\" />\n</Solution>\n");
        repo.Write("src/Domain/Domain.csproj", Csproj("Harbor.Lending.Domain"));
        repo.Write("src/Domain/Book.cs", "namespace Harbor.Lending.Domain;\n\npublic sealed record Book(string Isbn, string Title);\n");
        repo.Write("src/Domain/Member.cs", "namespace Harbor.Lending.Domain;\n\npublic sealed record Member(string Card, string Name);\n");
        repo.Write("src/Domain/Loan.cs", "namespace Harbor.Lending.Domain;\n\npublic sealed record Loan(Book Book, Member Member, System.DateOnly Due);\n");

        repo.Write("src/Application/Application.csproj", Csproj("Harbor.Lending.Application", "Domain"));
        repo.Write("src/Application/ILoanStore.cs", "namespace Harbor.Lending.Application;\n\nusing Harbor.Lending.Domain;\n\npublic interface ILoanStore\n{\n    void Save(Loan loan);\n}\n");
        repo.Write("src/Application/IBookStore.cs", "namespace Harbor.Lending.Application;\n\nusing Harbor.Lending.Domain;\n\npublic interface IBookStore\n{\n    Book? Find(string isbn);\n}\n");
        repo.Write("src/Application/LendBook.cs", "namespace Harbor.Lending.Application;\n\nusing Harbor.Lending.Domain;\n\npublic sealed class LendBook(IBookStore books, ILoanStore loans)\n{\n    public bool Handle(string isbn, string card, string name)\n    {\n        if (books.Find(isbn) is not { } book)\n        {\n            return false;\n        }\n\n        loans.Save(new Loan(book, new Member(card, name), System.DateOnly.FromDateTime(System.DateTime.Today).AddDays(21)));\n        return true;\n    }\n}\n");

        repo.Write("src/Infrastructure/Infrastructure.csproj", Csproj("Harbor.Lending.Infrastructure", "Application", "Domain"));
        repo.Write("src/Infrastructure/MemoryBookStore.cs", "namespace Harbor.Lending.Infrastructure;\n\nusing System.Collections.Generic;\nusing Harbor.Lending.Application;\nusing Harbor.Lending.Domain;\n\npublic sealed class MemoryBookStore : IBookStore\n{\n    private readonly Dictionary<string, Book> books = [];\n\n    public void Add(Book book) => books[book.Isbn] = book;\n\n    public Book? Find(string isbn) => books.GetValueOrDefault(isbn);\n}\n");
        repo.Write("src/Infrastructure/MemoryLoanStore.cs", "namespace Harbor.Lending.Infrastructure;\n\nusing System.Collections.Generic;\nusing Harbor.Lending.Application;\nusing Harbor.Lending.Domain;\n\npublic sealed class MemoryLoanStore : ILoanStore\n{\n    private readonly List<Loan> loans = [];\n\n    public void Save(Loan loan) => loans.Add(loan);\n}\n");
        repo.Write("src/Infrastructure/Stores.cs", "namespace Harbor.Lending.Infrastructure;\n\npublic sealed record Stores(MemoryBookStore Books, MemoryLoanStore Loans);\n");

        repo.Write("src/Api/Api.csproj", Csproj("Harbor.Lending.Api", "Infrastructure", "Application"));
        // The composition root: wires the stores and seeds the catalogue.
        repo.Write("src/Api/Program.cs", "namespace Harbor.Lending.Api;\n\nusing Harbor.Lending.Api.Endpoints;\nusing Harbor.Lending.Domain;\nusing Harbor.Lending.Infrastructure;\n\npublic static class Program\n{\n    public static LoanEndpoints Compose()\n    {\n        var stores = new Stores(new MemoryBookStore(), new MemoryLoanStore());\n        stores.Books.Add(new Book(\"978-0441013593\", \"Dune\"));\n        return new LoanEndpoints(new Harbor.Lending.Application.LendBook(stores.Books, stores.Loans));\n    }\n}\n");
        repo.Write("src/Api/Endpoints/LoanEndpoints.cs", "namespace Harbor.Lending.Api.Endpoints;\n\nusing Harbor.Lending.Application;\n\npublic sealed class LoanEndpoints(LendBook lend)\n{\n    public int Post(LendRequest request) => lend.Handle(request.Isbn, request.Card, request.Name) ? 201 : 404;\n}\n");
        repo.Write("src/Api/Endpoints/LendRequest.cs", "namespace Harbor.Lending.Api.Endpoints;\n\npublic sealed record LendRequest(string Isbn, string Card, string Name);\n");
        repo.Write("src/Api/Endpoints/ReturnRequest.cs", "namespace Harbor.Lending.Api.Endpoints;\n\npublic sealed record ReturnRequest(string Isbn, string Card);\n");
        repo.Write("src/Api/Endpoints/CatalogueEndpoints.cs", "namespace Harbor.Lending.Api.Endpoints;\n\npublic static class CatalogueEndpoints\n{\n    public static string[] Get() => [\"978-0441013593\"];\n}\n");
        repo.Write("src/Api/Endpoints/HealthEndpoints.cs", "namespace Harbor.Lending.Api.Endpoints;\n\npublic static class HealthEndpoints\n{\n    public static string Get() => \"ok\";\n}\n");
    }

    private static string Csproj(string rootNamespace, params string[] references) =>
        "<Project Sdk=\"Microsoft.NET.Sdk\">\n  <PropertyGroup>\n    <TargetFramework>net10.0</TargetFramework>\n    <Nullable>enable</Nullable>\n"
        + $"    <RootNamespace>{rootNamespace}</RootNamespace>\n    <AssemblyName>{rootNamespace}</AssemblyName>\n  </PropertyGroup>\n  <ItemGroup>\n"
        + string.Concat(references.Select(r => $"    <ProjectReference Include=\"../{r}/{r}.csproj\" />\n"))
        + "  </ItemGroup>\n</Project>\n";
}
