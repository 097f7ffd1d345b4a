namespace ItaBot.Measures.Import;

/// <summary>Thai government fiscal years: BE year Y runs from 1 October (Y-544) to 30 September (Y-543) CE.</summary>
public static class FiscalYear
{
    public const int BuddhistEraOffset = 543;
    public const int EarliestPlausible = 2550;
    public const int LatestPlausible = 2600;

    public static bool IsPlausible(int buddhistYear) =>
        buddhistYear is >= EarliestPlausible and <= LatestPlausible;

    public static DateOnly FirstDay(int buddhistYear) => new(buddhistYear - BuddhistEraOffset - 1, 10, 1);

    public static DateOnly LastDay(int buddhistYear) => new(buddhistYear - BuddhistEraOffset, 9, 30);

    public static bool Contains(int buddhistYear, DateOnly date) =>
        date >= FirstDay(buddhistYear) && date <= LastDay(buddhistYear);
}
