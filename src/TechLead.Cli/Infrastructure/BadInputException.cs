using System;

namespace TechLead.Cli.Infrastructure;

/// <summary>
/// The user asked for something that cannot be done (missing path, unknown ADR id, unreadable baseline).
/// Program prints its message as one line and exits with <see cref="ExitCodes.BadInput"/>.
/// </summary>
internal sealed class BadInputException : Exception
{
    public BadInputException(string message)
        : base(message)
    {
    }

    public BadInputException()
    {
    }

    public BadInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
