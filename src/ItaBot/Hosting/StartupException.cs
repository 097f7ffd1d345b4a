namespace ItaBot.Hosting;

/// <summary>A configuration problem found at start-up; its message is meant for the operator as it is.</summary>
public sealed class StartupException(string message) : Exception(message);
