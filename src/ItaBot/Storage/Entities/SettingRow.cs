namespace ItaBot.Storage.Entities;

public sealed class SettingRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
