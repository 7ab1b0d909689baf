// ADR-0007 constructors-private / constructors-non-public: every instance constructor metadata holds counts,
// the ones C# adds included (rules/0052).
namespace Conf.Shape.Constructed.Private
{
    public class NoneDeclared
    {
    }

    public abstract class AbstractNoneDeclared
    {
    }

    public class OnlyPrivate
    {
        private OnlyPrivate()
        {
        }

        private OnlyPrivate(int quantity) => Quantity = quantity;

        public int Quantity { get; }
    }

    public class OneProtected
    {
        private OneProtected()
        {
        }

        protected OneProtected(string name) => Name = name;

        public string Name { get; } = string.Empty;
    }

    public class Primary(int quantity)
    {
        public int Quantity => quantity;
    }

    public record OpenRecord
    {
        private OpenRecord()
        {
        }
    }

    public sealed record SealedRecord
    {
        private SealedRecord()
        {
        }
    }

    public struct Point
    {
        public int X;
    }

    public static class Holder
    {
        public static int Count => 0;
    }
}

namespace Conf.Shape.Constructed.NonPublic
{
    public class NoneDeclared
    {
    }

    public abstract class Protected
    {
    }

    public class InternalOnly
    {
        internal InternalOnly()
        {
        }
    }

    public class OnePublic
    {
        private OnePublic()
        {
        }

        public OnePublic(int quantity) => Quantity = quantity;

        public int Quantity { get; }
    }
}
