using System.Collections.Generic;

namespace TechLead.Cli.Inferring;

/// <summary>
/// What a forbid between layers says: <paramref name="From"/> does not use <paramref name="To"/>, except from the
/// namespace <paramref name="CompositionRoot"/> (null when no type of the layer uses them).
/// </summary>
internal sealed record ForbidParts(Layer From, IReadOnlyList<Layer> To, string? CompositionRoot);
