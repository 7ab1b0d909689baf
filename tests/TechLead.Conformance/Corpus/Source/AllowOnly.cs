// allow-only (TL0003): Core may use Contracts, itself and System.**; Async may use Contracts, System.Object and Tasks only.
using System.Threading.Tasks;

namespace Conf.Allow.Contracts
{
    public interface IPort { }
}

namespace Conf.Allow.Core
{
    public class Service : Conf.Allow.Contracts.IPort
    {
        public string Name = "core";

        public Helper Helper;

        public Conf.Allow.Outside.Gadget Gadget;
    }

    public class Helper { }
}

namespace Conf.Allow.Async
{
    public class Worker
    {
        public async Task RunAsync() => await Task.CompletedTask;
    }
}

namespace Conf.Allow.Outside
{
    public class Gadget { }
}
