namespace TechLead.Fitness.Tests.Support;

/// <summary>
/// One Shop.Domain type per dependency form of docs/adr-format.md, each using its own Shop.Infra target,
/// and types that only mention Shop.Infra in ways that are not dependencies.
/// </summary>
internal static class DependencyCorpus
{
    public const string Infra = """
        using System;
        namespace Shop.Infra
        {
            public class BaseT { }
            public interface IfaceT { }
            public sealed class AttrT : Attribute { }
            public class FieldT { }
            public class PropT { }
            public delegate void EventT();
            public class ParamT { }
            public class ReturnT { }
            public class LocalT { public void Touch() { } }
            public class LambdaT { }
            public class GenericArgT { }
            public class ConstraintT { }
            public class ArrayT { }
            public struct PointerT { }
            public struct NullableT { }
            public class TypeofT { }
            public class IsT { }
            public class AsT { }
            public class CastT { }
            public class PatternT { }
            public class NewT { }
            public static class StaticT { public static int Value; public static void Run() { } }
            public class InstanceT { public int Size => 1; }
            public static class ExtensionsT { public static int Twice(this int value) => value * 2; }
            public static class UsingStaticT { public static int Answer() => 42; }
            public class ThrownT : Exception { }
            public class CaughtT : Exception { }
            public class AsyncT { public static System.Threading.Tasks.Task<int> GetAsync() => System.Threading.Tasks.Task.FromResult(1); }
            public class IteratorT { }
            public class NameofT { }
            public class CrefT { }
            public class UsingT { }
        }
        """;

    public const string Domain = """
        using System;
        using System.Collections.Generic;
        using Shop.Infra;
        using static Shop.Infra.UsingStaticT;
        namespace Shop.Domain
        {
            public class ByBase : BaseT { }
            public class ByInterface : IfaceT { }
            [AttrT] public class ByAttribute { }
            public class ByField { private FieldT? field; public object? Get() => field; }
            public class ByProperty { public PropT? Value { get; set; } }
            public class ByEvent { public event EventT? Changed; public void Raise() => Changed?.Invoke(); }
            public class ByParameter { public void Take(ParamT value) { } }
            public class ByReturn { public ReturnT? Give() => null; }
            public class ByLocal { public void Run() { var local = new object() as LocalT; local?.Touch(); } }
            public class ByLambda { public Func<LambdaT, int> Make() => x => x.GetHashCode(); }
            public class ByGenericArgument { public List<GenericArgT> Items { get; } = new(); }
            public class ByConstraint<T> where T : ConstraintT { }
            public class ByArray { public ArrayT[] Items = Array.Empty<ArrayT>(); }
            public unsafe class ByPointer { public PointerT* Pointer; }
            public class ByNullable { public NullableT? Maybe; }
            public class ByTypeof { public Type Get() => typeof(TypeofT); }
            public class ByIs { public bool Check(object o) => o is IsT; }
            public class ByAs { public object? Convert(object o) => o as AsT; }
            public class ByCast { public object Convert(object o) => (CastT)o; }
            public class ByPattern { public int Check(object o) => o switch { PatternT p => 1, _ => 0 }; }
            public class ByCreation { public object Make() => new NewT(); }
            public class ByStaticAccess { public int Read() { StaticT.Run(); return StaticT.Value; } }
            public class ByInstanceAccess { public int Read(InstanceT o) => o.Size; }
            public class ByExtension { public int Run() => 3.Twice(); }
            public class ByUsingStatic { public int Run() => Answer(); }
            public class ByThrow { public void Fail() => throw new ThrownT(); }
            public class ByCatch { public void Guard() { try { Console.WriteLine(); } catch (CaughtT) { } } }
            public class ByAsync { public async System.Threading.Tasks.Task<int> RunAsync() { var value = await AsyncT.GetAsync(); return value; } }
            public class ByIterator { public IEnumerable<object> Items() { yield return new IteratorT(); } }

            /// <summary>Mentions <see cref="CrefT"/> only in a doc comment.</summary>
            public class NotByCref { }
            public class NotByNameof { public string Name() => nameof(NameofT); }
            public class NotByUsing { }
            public class Outer { public Inner? Child; public class Inner { public Outer? Parent; } }
        }
        """;
}
