using FactBot.Core.Facts;
using FactBot.Core.Store;
using FactBot.Core.Text;

namespace FactBot.Core.Checking;

/// <summary>The verification engine over one snapshot (work in progress: replaced by the full engine).</summary>
public sealed class ClaimEngine(FactSnapshot snapshot, IStemmer stemmer) : IClaimChecker
{
    public FactSnapshot Snapshot { get; } = snapshot;

    public CheckResult Check(string claim)
    {
        _ = stemmer;
        return new CheckResult(claim, Verdict.Unknown, 0.5, null, "Not implemented yet.", Language.English, []);
    }
}
