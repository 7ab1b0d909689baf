// Type-level kinds (TL0201-TL0205): naming, must-inherit, must-implement, attributes, modifiers, placement.
using System;

namespace Conf.Shape
{
    public abstract class ControllerBase { }

    public interface IEntity { }
}

namespace Conf.Shape.Handlers
{
    public class OrderHandler { }

    public class OrderProcessor { }

    public class Handlers<T> { }
}

namespace Conf.Shape.Controllers
{
    public class OrdersController : Conf.Shape.ControllerBase { }

    public class AdminController : OrdersController { }

    public class LooseController { }
}

namespace Conf.Shape.Entities
{
    public class Order : Conf.Shape.IEntity { }

    public class SpecialOrder : Order { }

    public class Note { }
}

namespace Conf.Shape.Dtos
{
    [Serializable]
    public class OrderDto { }

    public class LineDto { }
}

namespace Conf.Shape.Legacy
{
    [Obsolete("kept for old clients")]
    public class OldThing { }
}

namespace Conf.Shape.Values
{
    public sealed class Money
    {
        public Money(decimal amount) => Amount = amount;

        public decimal Amount { get; }
    }

    public class Price
    {
        public decimal Amount { get; }
    }

    public sealed class Quantity
    {
        public int Count { get; set; }
    }

    public sealed class Reading
    {
        public int Value { get; init; }
    }

    public sealed class Counter
    {
        public int Hits;
    }

    public readonly struct Point
    {
        public Point(int x) => X = x;

        public int X { get; }
    }

    public struct Cursor
    {
        public int Position;
    }
}

namespace Conf.Shape.Helpers
{
    public static class TextHelpers { }

    public class MathHelpers { }
}

namespace Conf.Shape.Bases
{
    public abstract class EntityBase { }

    public class ConcreteBase { }

    public interface IShape { }
}

namespace Conf.Shape.Internals
{
    internal class Hidden { }

    public class Exposed { }
}

namespace Conf.Shape.Contracts
{
    public class OpenContract { }

    internal class ClosedContract { }
}

namespace Conf.Shape.Persistence
{
    public class OrderRepository { }
}

namespace Conf.Shape.Elsewhere
{
    public class LostRepository { }
}
