namespace ItaBot.Stats;

public sealed record StatsSatisfaction(int Count, double? Mean);
