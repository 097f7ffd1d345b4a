namespace ItaBot.Reports;

/// <summary>
/// A satisfaction mean as published: <paramref name="Count"/> ratings given up to the end of <paramref name="Until"/>
/// (a month-end, Bangkok), whose scores add up to <paramref name="Total"/>.
/// </summary>
public sealed record SatisfactionRelease(DateOnly Until, int Count, int Total)
{
    public double Mean => Math.Round(Total / (double)Count, 2);
}
