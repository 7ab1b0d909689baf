// layers (TL0001): Api above App above Data. Outside.Clock belongs to no layer.
namespace Conf.Layers.Api
{
    public class Endpoint
    {
        public Conf.Layers.App.Service Service;

        public Conf.Layers.Data.Store Store;
    }
}

namespace Conf.Layers.App
{
    public class Service
    {
        public Conf.Layers.Data.Store Store;
    }
}

namespace Conf.Layers.Data
{
    public class Store
    {
        public Conf.Layers.App.Service Back;

        public Conf.Layers.Outside.Clock Clock;
    }

    public class Callback
    {
        public object Notify() => new Conf.Layers.Api.Endpoint();
    }
}

namespace Conf.Layers.Outside
{
    public class Clock
    {
        public Conf.Layers.Api.Endpoint Endpoint;
    }
}
