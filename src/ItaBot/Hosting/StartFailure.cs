using Microsoft.AspNetCore.Connections;

namespace ItaBot.Hosting;

/// <summary>
/// The failures of starting to listen that an operator causes and can fix (the address is taken, another bot runs
/// on the database), turned into a StartupException that says what to do; anything else stays an error with its trace.
/// </summary>
public static class StartFailure
{
    public static StartupException? Explain(Exception e) => e switch
    {
        StartupException known => known,
        IOException { InnerException: AddressInUseException } => new StartupException(
            $"{e.Message} Another program (another ItaBot?) listens there: stop it, or choose another address, " +
            "e.g. dotnet run --project src/ItaBot -- --urls http://127.0.0.1:5090"),
        _ => null,
    };
}
