// Not dependencies (docs/adr-format.md): a plain using directive, nameof, cref. ExcludedForms must not be reported.
using Conf.Targets;

namespace Conf.Forms
{
    /// <summary>Mentions <see cref="CrefTarget"/> in documentation only.</summary>
    public class ExcludedForms
    {
        public string Name() => nameof(NameofTarget);
    }
}
