// banned-api (TL0101): property, method overloads, type (and its nested types), field, constant, event, namespace.
using System;
using System.IO;
using System.Text;

namespace Conf.Banned.Legacy
{
    public class OldApi
    {
        public class Part { }
    }

    public class Settings
    {
        public const int Limit = 10;

        public static readonly string Mode = "fast";
    }

    public class Bus
    {
        public event Action Published;

        public void Publish() => Published?.Invoke();
    }
}

namespace Conf.Banned.Obsolete
{
    public class Widget { }
}

namespace Conf.Banned.Users
{
    public class ClockUser
    {
        public DateTime When() => DateTime.Now;
    }

    public class UtcClockUser
    {
        public DateTime When() => DateTime.UtcNow;
    }

    public class FileUser
    {
        public string Read(string path) => File.ReadAllText(path) + File.ReadAllText(path, Encoding.UTF8);
    }

    public class OldApiUser
    {
        public object Make() => new Conf.Banned.Legacy.OldApi();
    }

    public class OldApiPartUser
    {
        public object Make() => new Conf.Banned.Legacy.OldApi.Part();
    }

    public class ModeUser
    {
        public string Mode() => Conf.Banned.Legacy.Settings.Mode;
    }

    public class LimitUser
    {
        public int Limit() => Conf.Banned.Legacy.Settings.Limit;
    }

    public class BusUser
    {
        public void Listen(Conf.Banned.Legacy.Bus bus) => bus.Published += () => { };
    }

    public class WidgetUser
    {
        public object Make() => new Conf.Banned.Obsolete.Widget();
    }

    public class FreePrinter
    {
        public void Print() => Console.WriteLine("free");
    }
}

namespace Conf.Banned.Scoped
{
    public class Printer
    {
        public void Print() => Console.WriteLine(42);
    }
}
