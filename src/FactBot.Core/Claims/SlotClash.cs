using FactBot.Core.Facts;

namespace FactBot.Core.Claims;

/// <summary>A slot whose claimed value differs from the record's.</summary>
internal sealed record SlotClash(Slot Slot, string ClaimValue, string RecordValue);
