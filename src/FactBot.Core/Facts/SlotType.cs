namespace FactBot.Core.Facts;

public enum SlotType
{
    Year,
    Period,
    Money,
    Person,
    Organisation,
    Role,
    Product,
    Place,
}
