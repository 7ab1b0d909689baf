// acyclic (TL0005): Alpha -> Beta -> Alpha is a cycle; Gamma -> Alpha is not.
namespace Conf.Slices.Alpha
{
    public class A
    {
        public Conf.Slices.Beta.B Next;
    }
}

namespace Conf.Slices.Beta
{
    public class B
    {
        public Conf.Slices.Alpha.A Back;
    }

    public class B2
    {
        public Conf.Slices.Alpha.A Again;
    }
}

namespace Conf.Slices.Gamma
{
    public class C
    {
        public Conf.Slices.Alpha.A First;
    }
}
