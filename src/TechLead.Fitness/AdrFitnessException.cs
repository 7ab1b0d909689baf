using Xunit.Sdk;

namespace TechLead.Fitness;

/// <summary>A fitness case failed: the message is the full report (header, ADR link, one line per violation, count).</summary>
public sealed class AdrFitnessException : XunitException
{
    public AdrFitnessException(string report)
        : base(report)
    {
    }

    public AdrFitnessException()
        : base(string.Empty)
    {
    }

    public AdrFitnessException(string message, System.Exception innerException)
        : base(message, innerException)
    {
    }
}
