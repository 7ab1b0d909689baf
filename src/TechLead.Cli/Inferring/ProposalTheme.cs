namespace TechLead.Cli.Inferring;

/// <summary>The themed ADRs infer writes, in this order: what depends on what, what things are called and where they live, what types look like.</summary>
internal enum ProposalTheme
{
    Structure,
    Naming,
    Shape,
}
