// One type per dependency form of docs/adr-format.md; each depends on exactly one Conf.Targets type.
using System;
using System.Collections.Generic;

namespace Conf.Forms
{
    public class ViaBaseType : Conf.Targets.BaseTarget { }

    public class ViaInterface : Conf.Targets.IInterfaceTarget { }

    [Conf.Targets.AttributeTarget]
    public class ViaAttribute { }

    public class ViaField
    {
        public Conf.Targets.FieldTarget Field;
    }

    public class ViaProperty
    {
        public Conf.Targets.PropertyTarget Property { get; set; }
    }

    public class ViaEvent
    {
        public event Conf.Targets.EventTarget Happened;

        public void Raise() => Happened?.Invoke();
    }

    public class ViaParameter
    {
        public void Take(Conf.Targets.ParameterTarget parameter) { }
    }

    public class ViaReturn
    {
        public Conf.Targets.ReturnTarget Give() => null;
    }

    public class ViaLocal
    {
        public object Hold()
        {
            Conf.Targets.LocalTarget local = null;
            return local;
        }
    }

    public class ViaLambdaParameter
    {
        public void Register() => Accept((Conf.Targets.LambdaParameterTarget target) => 1);

        private static void Accept(Delegate callback) { }
    }

    public class ViaGenericArgument
    {
        public List<Conf.Targets.GenericArgumentTarget> Items = new List<Conf.Targets.GenericArgumentTarget>();
    }

    public class ViaConstraint<T>
        where T : Conf.Targets.ConstraintTarget
    {
    }

    public class ViaArrayElement
    {
        public Conf.Targets.ArrayElementTarget[] Items;
    }

    public unsafe class ViaPointerElement
    {
        public Conf.Targets.PointerElementTarget* Pointer;
    }

    public class ViaNullableElement
    {
        public Conf.Targets.NullableElementTarget? Value;
    }

    public class ViaTypeof
    {
        public Type Get() => typeof(Conf.Targets.TypeofTarget);
    }

    public class ViaIs
    {
        public bool Check(object value) => value is Conf.Targets.IsTarget;
    }

    public class ViaAs
    {
        public object Convert(object value) => value as Conf.Targets.AsTarget;
    }

    public class ViaCast
    {
        public object Convert(object value) => (Conf.Targets.CastTarget)value;
    }

    public class ViaPattern
    {
        public int Match(object value) => value switch
        {
            Conf.Targets.PatternTarget => 1,
            _ => 0,
        };
    }

    public class ViaObjectCreation
    {
        public object Make() => new Conf.Targets.CreatedTarget();
    }

    public class ViaStaticMember
    {
        public void Use() => Conf.Targets.StaticMemberTarget.Touch();
    }

    public class ViaInstanceMember
    {
        public void Use(Conf.Neutral.Holder holder) => holder.Target.Run();
    }

    public class ViaThrow
    {
        public void Fail() => throw new Conf.Targets.ThrownTarget();
    }

    public class ViaCatch
    {
        public void Guard(Action work)
        {
            try
            {
                work();
            }
            catch (Conf.Targets.CaughtTarget)
            {
            }
        }
    }
}
