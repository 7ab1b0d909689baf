// ADR-0065: must-not-inherit and must-not-implement (rules/0065). A base anywhere in the chain counts, a generic
// definition matches every construction, and the forbidden type itself is not its own base.
namespace Conf.Forbidden.Kernel
{
    public abstract class Entity
    {
        public int Id { get; protected set; }
    }

    public abstract class Entity<TId> : Entity
    {
    }

    public abstract class ValueObject
    {
    }

    public interface ICommand
    {
    }

    public interface IQuery<TResult>
    {
    }

    public interface IPagedQuery<TResult> : IQuery<TResult>
    {
    }
}

namespace Conf.Forbidden.Chat
{
    // Same simple name as the kernel's, another full name: not forbidden.
    public abstract class Entity
    {
    }

    public sealed class Conversation : Entity
    {
    }

    public abstract class TrackedMessage : Conf.Forbidden.Kernel.Entity<System.Guid>
    {
    }

    public sealed class ChatMessage : TrackedMessage
    {
    }

    public sealed class RoomName : Conf.Forbidden.Kernel.ValueObject
    {
    }

    public sealed class Prompt
    {
        public string Text { get; } = string.Empty;
    }
}

namespace Conf.Forbidden.Events
{
    public sealed record OrderShipped(int OrderId);

    public sealed record CancelOrder(int OrderId) : Conf.Forbidden.Kernel.ICommand;

    public abstract class PagedEvent<T> : Conf.Forbidden.Kernel.IPagedQuery<T>
    {
    }

    public sealed class OrdersListed : PagedEvent<int>
    {
    }

    public interface IEventQuery : Conf.Forbidden.Kernel.IQuery<string>
    {
    }
}
