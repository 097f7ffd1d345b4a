using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace ItaBot.Measures.Import;

// Turns YAML (or JSON, which YAML reads as flow style) into the raw shape; all syntax and type errors leave here as MeasuresFileException.
internal static class MeasuresYamlReader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    public static RawMeasuresFile Read(string content, string fileName)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new MeasuresFileException($"{fileName}: the file is empty");
        }

        try
        {
            return Deserializer.Deserialize<RawMeasuresFile?>(content)
                ?? throw new MeasuresFileException($"{fileName}: the file is empty");
        }
        catch (YamlException e)
        {
            throw new MeasuresFileException($"{fileName}: line {e.Start.Line}, column {e.Start.Column}: {Describe(e)}", e);
        }
    }

    // YamlDotNet wraps the useful message (unknown field, bad number) one level down.
    private static string Describe(YamlException e) =>
        e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message;
}
