namespace ItaBot.Tests.Authorization;

/// <param name="Input">Postback data, or the typed word when IsWord.</param>
/// <param name="Refusal">The texts.yaml key a staff member without the right gets for this action.</param>
internal sealed record MatrixCase(string Name, string Input, bool IsWord, IReadOnlySet<string> Allowed, string Refusal = "staff.denied");
