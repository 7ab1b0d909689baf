using TechLead.Fitness;

namespace Shop.ArchitectureTests;

/// <summary>
/// Every rule of the accepted ADRs in docs/adr becomes one test case named after it
/// (ADR-0002/no-persistence-in-domain, ...); rules of proposed ADRs show as skipped.
/// </summary>
public sealed class ArchitectureTests : AdrFitnessTests
{
    public ArchitectureTests()
        : base(
            AdrSource.FromDirectory("../../docs/adr"),
            typeof(Shop.Domain.Ordering.Order).Assembly,
            typeof(Shop.Application.Ordering.PlaceOrderCommandHandler).Assembly,
            typeof(Shop.Infrastructure.Persistence.ShopDbContext).Assembly,
            typeof(Shop.Api.Program).Assembly)
    {
    }
}
