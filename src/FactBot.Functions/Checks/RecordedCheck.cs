using FactBot.Application.Checks;
using FactBot.Functions.Contracts;

namespace FactBot.Functions.Checks;

/// <summary>A claim checked under an id: the log row, the wire result, and whether the row was written.</summary>
public sealed record RecordedCheck(CheckRecord Record, CheckResponse Result, bool Recorded)
{
    public ClaimCheckResponse ToResponse() => ClaimCheckResponse.From(Record.Id, Recorded, Result);
}
