namespace FactBot.Core.Facts;

public enum Polarity
{
    Positive,
    Negative,
}
