// A banned namespace also flags its `using` directives (docs/adr-format.md); UsingOnly uses nothing from it.
using Conf.Banned.Obsolete;

namespace Conf.Banned.Users
{
    public class UsingOnly
    {
    }
}
