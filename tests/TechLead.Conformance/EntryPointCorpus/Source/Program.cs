// A minimal-API-shaped entry point: async top-level statements (with a lambda and a local function) compile into a
// global-namespace Program, which every engine counts as Conf.App.Program (the assembly name stands in for the
// root namespace: compiled assemblies do not record it).
using Conf.Data;

var store = new Store();
Run(() => store.Save());
// An async top-level program: `<Main>$` returns a Task the source never writes.
await new System.Threading.Tasks.ValueTask();

static void Run(System.Action action) => action();

// What test hosts add for WebApplicationFactory<Program>: the same synthesized type.
public partial class Program
{
}

namespace Conf.App.Handlers
{
    // Not sealed: the modifiers rule flags it, but not Program (the compiler shapes Program).
    public class Open
    {
        public System.Threading.Tasks.Task Run() => System.Threading.Tasks.Task.CompletedTask;
    }
}

namespace Conf.Data
{
    public sealed class Store
    {
        public void Save()
        {
        }
    }
}
