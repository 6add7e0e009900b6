namespace FactBot.Core.Facts;

public enum PeriodPart
{
    Whole,
    Early,
    Mid,
    Late,
}
