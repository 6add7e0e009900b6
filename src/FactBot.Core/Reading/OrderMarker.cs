namespace FactBot.Core.Reading;

/// <summary>What a clause says about when it happened, against the clause it hangs on.</summary>
internal enum OrderMarker
{
    None,

    /// <summary>"after …", "après …": the main clause happened after this one.</summary>
    After,

    /// <summary>"before …", "avant de …": the main clause happened before this one.</summary>
    Before,

    /// <summary>"when …", "lorsque …": at the same time.</summary>
    When,

    /// <summary>"… then …", "… puis …", "… and later …": this clause happened after the one before it.</summary>
    Then,

    /// <summary>"… so …", "…, which is why …", "… donc …": this clause happened because of the one before it.</summary>
    Therefore,
}
