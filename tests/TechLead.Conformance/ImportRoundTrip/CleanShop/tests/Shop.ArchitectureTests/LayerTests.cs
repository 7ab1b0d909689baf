using System.Reflection;
using NetArchTest.Rules;
using Shop.Application.Orders;
using Shop.Domain.Orders;
using Shop.Domain.Shared;
using Shop.Infrastructure.Persistence;
using Xunit;

namespace Shop.ArchitectureTests
{
    public sealed class LayerTests
    {
        private const string InfrastructureNamespace = "Shop.Infrastructure";
        private static readonly Assembly DomainAssembly = typeof(Order).Assembly;
        private static readonly Assembly ApplicationAssembly = typeof(PlaceOrderHandler).Assembly;
        private static readonly Assembly InfrastructureAssembly = typeof(OrderStore).Assembly;

        [Fact]
        public void Domain_Should_Not_Depend_On_Outer_Layers()
        {
            var result = Types.InAssembly(DomainAssembly)
                .ShouldNot().HaveDependencyOnAny(InfrastructureNamespace, "Shop.Application")
                .GetResult();
            Assert.True(result.IsSuccessful, "the domain knows no outer layer");
        }

        [Fact]
        public void Application_Should_Not_Depend_On_Infrastructure()
        {
            var result = Types.InAssembly(ApplicationAssembly)
                .That().ResideInNamespace("Shop.Application")
                .ShouldNot().HaveDependencyOn(InfrastructureNamespace)
                .GetResult();
            Assert.True(result.IsSuccessful, "the application layer talks to ports, not adapters");
        }

        [Fact]
        public void Domain_Orders_Only_Use_The_Domain()
        {
            var result = Types.InAssembly(DomainAssembly)
                .That().ResideInNamespace($"{nameof(Shop)}.{nameof(Shop.Domain)}")
                .Should().OnlyHaveDependenciesOn("Shop.Domain", "System")
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Infrastructure_Classes_Are_Internal()
        {
            var result = Types.InAssembly(InfrastructureAssembly)
                .That().ResideInNamespace(InfrastructureNamespace).And().AreClasses()
                .Should().NotBePublic()
                .GetResult();
            Assert.True(result.IsSuccessful, "adapters are reached through the container");
        }

        [Fact]
        public void Types_Using_Both_Stores_Are_Rare()
        {
            var result = Types.InAssembly(ApplicationAssembly)
                .ShouldNot().HaveDependencyOnAll("Shop.Infrastructure.Persistence", "Shop.Infrastructure.Caching")
                .GetResult();
            Assert.True(result.IsSuccessful);
        }
    }

    public sealed class ConventionTests
    {
        [Fact]
        public void Handlers_Are_Sealed()
        {
            var result = Types.InAssembly(typeof(PlaceOrderHandler).Assembly)
                .That().HaveNameEndingWith("Handler").And().AreClasses()
                .Should().BeSealed()
                .GetResult();
            Assert.True(result.IsSuccessful, "handlers are not extension points");
        }

        [Fact]
        public void Handlers_Implement_IHandler()
        {
            var result = Types.InAssembly(typeof(PlaceOrderHandler).Assembly)
                .That().HaveNameEndingWith("Handler")
                .Should().ImplementInterface(typeof(IHandler))
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Commands_Are_Audited()
        {
            var result = Types.InAssembly(typeof(PlaceOrderHandler).Assembly)
                .That().HaveNameEndingWith("Command")
                .Should().HaveCustomAttribute(typeof(AuditedAttribute))
                .GetResult();
            Assert.True(result.IsSuccessful, "every command leaves an audit trail");
        }

        [Fact]
        public void Value_Objects_Are_Immutable()
        {
            var result = Types.InAssembly(typeof(Money).Assembly)
                .That().Inherit(typeof(ValueObject))
                .Should().BeImmutable()
                .GetResult();
            Assert.True(result.IsSuccessful, "value objects are compared by value");
        }

        [Fact]
        public void Public_Order_Classes_Are_Entities()
        {
            var result = Types.InAssembly(typeof(Order).Assembly)
                .That().ResideInNamespace("Shop.Domain.Orders").And().AreClasses().And().ArePublic()
                .Should().Inherit(typeof(Entity))
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Interfaces_Start_With_I()
        {
            var result = Types.InAssembly(typeof(Order).Assembly)
                .That().AreInterfaces()
                .Should().HaveNameStartingWith("I")
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Repositories_Live_In_Persistence()
        {
            var result = Types.InAssembly(typeof(OrderStore).Assembly)
                .That().HaveNameEndingWith("Repository")
                .Should().ResideInNamespace("Shop.Infrastructure.Persistence")
                .GetResult();
            Assert.True(result.IsSuccessful);
        }

        [Fact]
        public void Handlers_Have_A_Handle_Method()
        {
            foreach (var type in Types.InAssembly(typeof(PlaceOrderHandler).Assembly).That().HaveNameEndingWith("Handler").GetTypes())
            {
                Assert.NotNull(type.GetMethod("Handle"));
            }
        }

        [Fact]
        public void Persistence_Uses_No_Framework_Collections()
        {
            // Only the semantic model knows where Dictionary<,> is declared: the syntax reading lists this as not imported.
            var result = Types.InAssembly(typeof(OrderStore).Assembly)
                .That().ResideInNamespace(typeof(OrderStore).Namespace)
                .ShouldNot().HaveDependencyOn(typeof(System.Collections.Generic.Dictionary<,>).Namespace)
                .GetResult();
            Assert.True(result.IsSuccessful, "persistence keeps its own storage format");
        }
    }
}
