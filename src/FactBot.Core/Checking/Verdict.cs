namespace FactBot.Core.Checking;

public enum Verdict
{
    Unknown,
    Supported,
    Contradicted,
}
