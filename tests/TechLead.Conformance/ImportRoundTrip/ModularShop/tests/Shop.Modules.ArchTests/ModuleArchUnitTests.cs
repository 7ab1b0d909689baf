using ArchUnitNET.Domain;
using ArchUnitNET.Fluent;
using ArchUnitNET.Loader;
using Shop.Modules.Billing.Domain;
using Shop.Modules.Ordering.Application;
using Shop.Modules.Ordering.Contracts;
using Shop.Modules.Ordering.Domain;
using Xunit;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Shop.Modules.ArchTests
{
    public sealed class ModuleArchUnitTests
    {
        private static readonly Architecture Modules = new ArchLoader().LoadAssemblies(typeof(Order).Assembly, typeof(Invoice).Assembly).Build();

        private static readonly IObjectProvider<IType> BillingInfrastructure =
            Types().That().ResideInNamespace("Shop.Modules.Billing.Infrastructure").As("Billing infrastructure");

        [Fact]
        public void Billing_Core_Does_Not_Use_The_Ordering_Domain()
        {
            IArchRule rule = Types().That().ResideInNamespace("Shop.Modules.Billing.Domain").Or().ResideInNamespace("Shop.Modules.Billing.Application")
                .Should().NotDependOnAny(Types().That().ResideInNamespace("Shop.Modules.Ordering.Domain"))
                .Because("modules talk through contracts");
            Assert.True(rule.HasNoViolations(Modules));
        }

        [Fact]
        public void Gateways_Are_Infrastructure()
        {
            Assert.True(Classes().That().HaveNameEndingWith("Gateway").Should().Be(BillingInfrastructure).HasNoViolations(Modules));
        }

        [Fact]
        public void Ordering_Domain_Interfaces_Do_Not_Use_Commands_Or_Events()
        {
            Assert.True(Interfaces().That().ResideInNamespace("Shop.Modules.Ordering.Domain")
                .Should().NotDependOnAny(typeof(PlaceOrderCommand), typeof(OrderPlacedEvent)).HasNoViolations(Modules));
        }

        [Fact]
        public void Events_Live_In_Contracts()
        {
            Assert.True(Classes().That().DoNotResideInNamespace("Shop.Modules.Ordering.Contracts").And().HaveNameEndingWith("Event")
                .Should().ResideInNamespace("Shop.Modules.Ordering.Contracts").HasNoViolations(Modules));
        }
    }
}
