namespace ItaBot.Reports;

/// <summary>
/// One service's ratings in a statistics output: how many were given up to the output's last day, and the latest mean
/// that <see cref="SatisfactionDisclosure"/> let out by then (null while none has been).
/// </summary>
public sealed record SatisfactionStats(int Count, SatisfactionRelease? Released);
