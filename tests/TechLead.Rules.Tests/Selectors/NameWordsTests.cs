using TechLead.Rules.Model;
using TechLead.Rules.Selectors;

namespace TechLead.Rules.Tests.Selectors;

public sealed class NameWordsTests
{
    [Theory]
    [InlineData("ClientId", "Client|Id")]
    [InlineData("clientId", "client|Id")]
    [InlineData("HTTPClient", "HTTP|Client")]
    [InlineData("_client_name", "client|name")]
    [InlineData("Order2Ship", "Order|2|Ship")]
    [InlineData("IClientRepository", "I|Client|Repository")]
    [InlineData("@class", "class")]
    [InlineData("X", "X")]
    public void Splits_identifiers_into_readable_words(string name, string words) =>
        Assert.Equal(words, string.Join("|", NameWords.Split(name)));
}

public sealed class VocabularyMatcherTests
{
    private static readonly VocabularyMatcher Matcher = new(
    [
        new VocabularyTerm("Customer", ["Client", "Buyer"]),
        new VocabularyTerm("Basket", ["ShoppingCart"]),
    ]);

    [Theory]
    [InlineData("ClientId", "Client", "Customer")]
    [InlineData("clientName", "Client", "Customer")]
    [InlineData("BUYER", "Buyer", "Customer")]
    [InlineData("IClientRepository", "Client", "Customer")]
    [InlineData("NewShoppingCartItem", "ShoppingCart", "Basket")]
    [InlineData("shopping_cart", "ShoppingCart", "Basket")]
    public void Finds_banned_synonyms_as_whole_words(string name, string synonym, string use)
    {
        Assert.True(Matcher.TryFind(name, out var found, out var term));
        Assert.Equal(synonym, found);
        Assert.Equal(use, term.Use);
    }

    [Theory]
    [InlineData("Clientele")]
    [InlineData("CustomerId")]
    [InlineData("Shopping")]
    [InlineData("CartShopping")]
    [InlineData("")]
    public void Ignores_names_without_a_whole_word_match(string name) =>
        Assert.False(Matcher.TryFind(name, out _, out _));
}
