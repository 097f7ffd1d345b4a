namespace ItaBot.Tests.Authorization;

/// <param name="Input">Postback data, or the typed word when IsWord.</param>
/// <param name="Refusal">
/// Whom the refusal a staff member without the right gets names (a <see cref="ItaBot.Staff.StaffRefusal.Who"/> key);
/// null when every staff role may.
/// </param>
internal sealed record MatrixCase(string Name, string Input, bool IsWord, IReadOnlySet<string> Allowed, string? Refusal = null);
