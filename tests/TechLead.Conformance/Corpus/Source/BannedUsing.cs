// A banned namespace also flags its `using` directives (spec section 3); UsingOnly uses nothing from it.
using Conf.Banned.Obsolete;

namespace Conf.Banned.Users
{
    public class UsingOnly
    {
    }
}
