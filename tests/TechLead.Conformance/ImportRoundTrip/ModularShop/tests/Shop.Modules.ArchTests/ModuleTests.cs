using System.Reflection;
using NetArchTest.Rules;
using Shop.Modules.Billing.Domain;
using Shop.Modules.Ordering.Domain;
using Xunit;

namespace Shop.Modules.ArchTests
{
    public sealed class ModuleTests
    {
        private const string OrderingDomain = "Shop.Modules.Ordering.Domain";

        [Fact]
        public void Billing_Does_Not_Use_The_Ordering_Domain()
        {
            var result = Types.InAssembly(Assembly.GetAssembly(typeof(Invoice)))
                .That().ResideInNamespace("Shop.Modules.Billing")
                .ShouldNot().HaveDependencyOn(OrderingDomain)
                .GetResult();
            Assert.True(result.IsSuccessful, "modules talk through contracts");
        }

        [Fact]
        public void Billing_Application_Uses_Ordering_Contracts_Only()
        {
            var result = Types.InAssembly(typeof(Invoice).GetTypeInfo().Assembly)
                .That().ResideInNamespaceStartingWith("Shop.Modules.Billing.Application")
                .And().DoNotResideInNamespace("Shop.Modules.Billing.Application.Legacy")
                .ShouldNot().HaveDependencyOnAny("Shop.Modules.Ordering.Application", OrderingDomain)
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Ordering_Interfaces_Are_Contracts()
        {
            var result = Types.InAssembly(typeof(Order).Assembly)
                .That().HaveNameStartingWith("I").And().AreInterfaces()
                .Should().ResideInNamespaceStartingWith("Shop.Modules.Ordering.Contracts")
                .GetResult();
            Assert.True(result.IsSuccessful, "other modules see interfaces only through contracts");
        }

        [Fact]
        public void Events_Are_Sealed()
        {
            var result = Types.InAssembly(typeof(Order).Assembly)
                .That().HaveName("OrderPlacedEvent").Or().HaveNameEndingWith("Event")
                .Should().BeSealed()
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Ordering_Domain_Does_Not_Know_The_Application()
        {
            var result = Types.InAssembly(typeof(Order).Assembly)
                .That().ResideInNamespace(OrderingDomain)
                .Should().NotHaveDependencyOnAny("Shop.Modules.Ordering.Application")
                .GetResult();
            Assert.True(result.IsSuccessful);
        }
    }
}
