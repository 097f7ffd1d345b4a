namespace ItaBot.Line.Messaging;

public sealed class LocationMessage(string title, string address, double latitude, double longitude) : Message
{
    public string Title { get; } = title;
    public string Address { get; } = address;
    public double Latitude { get; } = latitude;
    public double Longitude { get; } = longitude;
}
