namespace ItaBot.Security;

public sealed class KeyRingException(string message) : Exception(message);
