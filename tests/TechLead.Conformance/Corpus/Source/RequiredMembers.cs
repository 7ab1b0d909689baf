// ADR-0063: 'must-exist' members rules and a must-implement of any of several interfaces (rules/0063). Constructors
// count when written; the one C# adds to a class without any counts as metadata holds it (public, protected when abstract).
namespace Conf.Required
{
    [System.AttributeUsage(System.AttributeTargets.Constructor)]
    public sealed class CreatorAttribute : System.Attribute
    {
    }

    public interface IRequestHandler<TRequest>
    {
        void Handle(TRequest request);
    }

    public interface ICommandHandler<TCommand> : IRequestHandler<TCommand>
    {
    }

    public interface ICommandHandler<TCommand, TResult>
    {
        TResult Handle(TCommand command);
    }

    public interface IQueryHandler<TQuery, TResult>
    {
        TResult Ask(TQuery query);
    }

    public sealed record RenameCustomerCommand(string Name);

    public sealed record CustomerQuery(int Id);
}

namespace Conf.Required.Entities
{
    public class Customer
    {
        private Customer()
        {
            Name = string.Empty;
        }

        public Customer(string name) => Name = name;

        public string Name { get; }
    }

    public class Invoice
    {
        public Invoice(int number) => Number = number;

        public int Number { get; }
    }

    public class Tag
    {
        public string Label { get; set; } = string.Empty;
    }

    public class Shipment
    {
        protected Shipment()
        {
        }
    }

    public class Parcel
    {
        private Parcel(int weight) => Weight = weight;

        public int Weight { get; }

        public static Parcel Of(int weight) => new(weight);
    }

    public sealed record Snapshot(int Version)
    {
        private Snapshot()
            : this(0)
        {
        }
    }

    public class Ledger
    {
        static Ledger()
        {
        }
    }
}

namespace Conf.Required.Dtos
{
    public class AddressDto
    {
        public string Street { get; set; } = string.Empty;
    }

    public abstract class PagedDto
    {
        public int Page { get; set; }
    }

    public struct PointDto
    {
        public int X { get; set; }
    }

    public record ContactDto
    {
        public string Email { get; init; } = string.Empty;
    }

    public class MoneyDto
    {
        public MoneyDto()
        {
        }

        public MoneyDto(decimal amount) => Amount = amount;

        public decimal Amount { get; set; }
    }

    public class RateDto
    {
        public RateDto(decimal rate) => Rate = rate;

        public decimal Rate { get; }
    }
}

namespace Conf.Required.Commands
{
    public sealed class RenameCustomer
    {
        [Creator]
        public RenameCustomer(string name) => Name = name;

        public string Name { get; }
    }

    public sealed class CloseInvoice
    {
        public CloseInvoice(int number) => Number = number;

        public int Number { get; }
    }

    public sealed class ArchiveAll
    {
    }

    public sealed class MergeTags
    {
        public MergeTags()
        {
        }

        [Creator]
        private MergeTags(string[] labels) => Labels = labels;

        public string[] Labels { get; } = [];
    }
}

namespace Conf.Required.Validators
{
    public sealed class NameValidator
    {
        public bool Validate(string name) => name.Length > 0;
    }

    public sealed class EmailValidator
    {
        public void Validate(string email)
        {
        }
    }

    public sealed class PhoneValidator
    {
        public bool Check(string phone) => phone.Length > 5;
    }

    public class BaseValidator
    {
        public virtual bool Validate(object value) => value is not null;
    }
}

namespace Conf.Required.Handlers
{
    public sealed class RenameCustomerHandler : ICommandHandler<RenameCustomerCommand>
    {
        public void Handle(RenameCustomerCommand request)
        {
        }
    }

    public sealed class CreateCustomerHandler : ICommandHandler<RenameCustomerCommand, int>
    {
        public int Handle(RenameCustomerCommand command) => command.Name.Length;
    }

    public sealed class CustomerQueryHandler : IQueryHandler<CustomerQuery, string>
    {
        public string Ask(CustomerQuery query) => query.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public class LoggingHandler<TCommand> : ICommandHandler<TCommand>
    {
        public void Handle(TCommand request)
        {
        }
    }

    public sealed class AuditedRenameHandler : LoggingHandler<RenameCustomerCommand>
    {
    }

    public sealed class RawRenameHandler : IRequestHandler<RenameCustomerCommand>
    {
        public void Handle(RenameCustomerCommand request)
        {
        }
    }

    public sealed class Unrelated
    {
    }
}
