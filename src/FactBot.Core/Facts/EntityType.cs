namespace FactBot.Core.Facts;

public enum EntityType
{
    Person,
    Organisation,
    Role,
    Product,
    Place,
}
