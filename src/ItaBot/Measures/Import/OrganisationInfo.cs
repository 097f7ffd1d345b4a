namespace ItaBot.Measures.Import;

/// <summary>The local government a measures file belongs to.</summary>
/// <param name="Kind">e.g. เทศบาลตำบล or องค์การบริหารส่วนตำบล; null when the file does not say.</param>
public sealed record OrganisationInfo(string Name, string? Kind, string? District, string? Province);
