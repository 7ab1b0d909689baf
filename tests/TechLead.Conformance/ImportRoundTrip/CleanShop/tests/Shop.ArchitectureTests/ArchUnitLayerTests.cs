using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using Shop.Application.Orders;
using Shop.Domain.Orders;
using Shop.Domain.Shared;
using Shop.Infrastructure.Persistence;
using Xunit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Shop.ArchitectureTests
{
    public sealed class ArchUnitLayerTests
    {
        private static readonly Architecture Architecture = new ArchLoader()
            .LoadAssemblies(typeof(Order).Assembly, typeof(PlaceOrderHandler).Assembly, typeof(OrderStore).Assembly)
            .Build();

        private static readonly IObjectProvider<IType> OrdersDomain = Types().That().ResideInNamespace("Shop.Domain.Orders").As("Orders domain");
        private static readonly IObjectProvider<IType> ApplicationLayer = Types().That().ResideInNamespace("Shop.Application.Orders").As("Application");
        private static readonly IObjectProvider<IType> Persistence = Types().That().ResideInNamespace("Shop.Infrastructure.Persistence").As("Persistence");

        [Fact]
        public void Application_Does_Not_Use_Persistence()
        {
            IArchRule rule = Types().That().Are(ApplicationLayer).Should().NotDependOnAny(Persistence)
                .Because("the application layer talks to ports");
            Assert.True(rule.HasNoViolations(Architecture));
        }

        [Fact]
        public void Orders_Domain_Only_Depends_On_Itself()
        {
            Assert.True(Types().That().Are(OrdersDomain).Should().OnlyDependOn(OrdersDomain).HasNoViolations(Architecture));
        }

        [Fact]
        public void Handlers_Are_Sealed()
        {
            Assert.True(Classes().That().HaveNameEndingWith("Handler").Should().BeSealed().HasNoViolations(Architecture));
        }

        [Fact]
        public void Handlers_Implement_IHandler()
        {
            Assert.True(Classes().That().HaveNameEndingWith("Handler").Should().ImplementInterface(typeof(IHandler)).HasNoViolations(Architecture));
        }

        [Fact]
        public void Repositories_Live_In_Persistence()
        {
            Assert.True(Classes().That().HaveNameEndingWith("Repository").Should().ResideInNamespace("Shop.Infrastructure.Persistence").HasNoViolations(Architecture));
        }

        [Fact]
        public void Order_Interfaces_Start_With_I()
        {
            Assert.True(Interfaces().That().ResideInNamespace("Shop.Domain.Orders").Should().HaveNameStartingWith("I").HasNoViolations(Architecture));
        }

        [Fact]
        public void Domain_Does_Not_Use_Money_Directly()
        {
            Assert.True(Types().That().ResideInNamespace("Shop.Domain.Orders").Should().NotDependOnAny(typeof(Money)).HasNoViolations(Architecture));
        }
    }
}
