// Forms that need directives. Each `using static` sits in its own namespace block, because the
// analyzer attributes it to every type declared in the directive's scope.
using Conf.Targets;

namespace Conf.Forms
{
    using static Conf.Targets.UsingStaticTarget;

    public class ViaUsingStatic
    {
        public int Double(int value) => Twice(value);
    }
}

namespace Conf.Forms
{
    // Never used: the spec makes the directive a dependency, but compiled IL has no trace of it.
    using static Conf.Targets.StaticMemberTarget;

    public class ViaUnusedUsingStatic
    {
    }
}

namespace Conf.Forms
{
    // An extension method: its static class is the dependency, the plain `using Conf.Targets` above is not.
    public class ViaExtensionMethod
    {
        public string Loud(string text) => text.Shout();
    }
}
