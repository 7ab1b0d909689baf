// The types the dependency-form corpus points at: one target per form, so each expected pair names its form.
using System;

namespace Conf.Targets
{
    public class BaseTarget { }

    public interface IInterfaceTarget { }

    [AttributeUsage(AttributeTargets.All)]
    public sealed class AttributeTargetAttribute : Attribute { }

    public class FieldTarget { }

    public class PropertyTarget { }

    public delegate void EventTarget();

    public class ParameterTarget { }

    public class ReturnTarget { }

    public class LocalTarget { }

    public class LambdaParameterTarget { }

    public class GenericArgumentTarget { }

    public class ConstraintTarget { }

    public class ArrayElementTarget { }

    public struct PointerElementTarget { public int Value; }

    public struct NullableElementTarget { }

    public class TypeofTarget { }

    public class IsTarget { }

    public class AsTarget { }

    public class CastTarget { }

    public class PatternTarget { }

    public class CreatedTarget { }

    public static class StaticMemberTarget
    {
        public static void Touch() { }
    }

    public class InstanceMemberTarget
    {
        public void Run() { }
    }

    public static class ExtensionTarget
    {
        public static string Shout(this string text) => text + "!";
    }

    public static class UsingStaticTarget
    {
        public static int Twice(int value) => value * 2;
    }

    public class ThrownTarget : Exception { }

    public class CaughtTarget : Exception { }

    public class NameofTarget { }

    public class CrefTarget { }
}

namespace Conf.Neutral
{
    /// <summary>Hands out an <c>InstanceMemberTarget</c> so a form can use its member without writing its name.</summary>
    public class Holder
    {
        public Conf.Targets.InstanceMemberTarget Target { get; } = new Conf.Targets.InstanceMemberTarget();
    }
}
