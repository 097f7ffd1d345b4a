namespace ItaBot.Line.Messaging;

public sealed class CarouselTemplate(List<CarouselColumn> columns) : Template
{
    public List<CarouselColumn> Columns { get; } = columns;
}
