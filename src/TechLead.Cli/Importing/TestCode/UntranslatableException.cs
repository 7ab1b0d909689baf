using System;

namespace TechLead.Cli.Importing.TestCode;

/// <summary>Thrown while reading a chain that has no TechLead rule of the same meaning; the message is the reason shown under "Not imported".</summary>
internal sealed class UntranslatableException(string reason) : Exception(reason);
