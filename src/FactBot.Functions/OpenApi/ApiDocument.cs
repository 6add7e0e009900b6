using System.Globalization;
using System.Text.Json.Nodes;
using FactBot.Application.Checks;
using FactBot.Application.Text;
using FactBot.Functions.Chat;
using FactBot.Functions.Contracts;
using FactBot.Functions.Claims;
using FactBot.Functions.Facts;
using FactBot.Functions.Http;
using FactBot.Functions.Webhooks;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.OpenApi;

namespace FactBot.Functions.OpenApi;

/// <summary>
/// The OpenAPI 3 document: paths and methods come from the route table (the functions' attributes), operations from
/// the descriptions below, keyed by function name. A served route without a description fails the build of the document.
/// </summary>
internal static partial class ApiDocument
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";
    private const string LdJson = "application/ld+json";
    private const string FunctionKey = "functionKey";

    public static OpenApiDocument Create(IReadOnlyList<FunctionRoute> routes)
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo
            {
                Title = "FactBot API",
                Version = "1.0",
                Description = "Checks short claims (English or French) against curated article facts. "
                    + $"Every error is RFC 9457 problem+json; bodies are limited to {Kib(RequestBodyReader.MaxBodyBytes)} "
                    + $"({Kib(BatchCheckRequestValidator.MaxBatchBodyBytes)} for a batch). Every GET route answers HEAD too.",
                License = new OpenApiLicense { Name = "Proprietary", Identifier = "LicenseRef-Proprietary" },
            },

            // Relative to where this document is served: the same host answers its paths.
            Servers = [new OpenApiServer { Url = "/", Description = "The host serving this document" }],
            Paths = [],
            Components = new OpenApiComponents
            {
                Schemas = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
                SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal)
                {
                    [FunctionKey] = new OpenApiSecurityScheme
                    {
                        Type = SecuritySchemeType.ApiKey,
                        Name = "x-functions-key",
                        In = ParameterLocation.Header,
                        Description = "An Azure Functions function key (or pass it as ?code=). Not required by the LocalHost.",
                    },
                },
            },
        };

        foreach (var (name, schema) in Schemas(document).Concat(ChatSchemas(document)))
        {
            document.Components.Schemas[name] = schema;
        }

        foreach (var group in routes.GroupBy(r => r.OpenApiPath, StringComparer.Ordinal))
        {
            var item = new OpenApiPathItem { Operations = [] };
            foreach (var route in group)
            {
                if (!Operations.TryGetValue(route.Name, out var describe) && !ChatOperations.TryGetValue(route.Name, out describe))
                {
                    throw new InvalidOperationException($"Function '{route.Name}' ({route.Template}) has no OpenAPI description.");
                }

                // HEAD is served wherever GET is (HTTP semantics), so it is not listed as an operation of its own.
                foreach (var method in route.Methods.Where(m => m != HttpMethods.Head))
                {
                    var operation = describe(document);
                    operation.OperationId = route.Name;

                    // Any route may be refused by the per-caller limit or by the host's concurrency limits.
                    operation.Responses!.TryAdd("429", Problem(document, TooManyRequests));
                    operation.Security = route.AuthLevel == AuthorizationLevel.Anonymous
                        ? []
                        : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(FunctionKey, document)] = [] }];

                    item.Operations[new HttpMethod(method)] = operation;
                }
            }

            document.Paths[group.Key] = item;
        }

        return document;
    }

    /// <summary>The function names described; the route table test checks this against what is served.</summary>
    public static IReadOnlyCollection<string> DescribedFunctions => [.. Operations.Keys, .. ChatOperations.Keys];

    private static readonly Dictionary<string, Func<OpenApiDocument, OpenApiOperation>> Operations = new(StringComparer.Ordinal)
    {
        ["CheckClaim"] = d => Operation(
            "Check one claim",
            "Checks the claim, records the check in the claim log and answers with the verdict, the quoted evidence and the check id. "
                + "`recorded` is false when the log could not be written (the result is still valid). "
                + "Send `Accept: application/ld+json` for a schema.org ClaimReview.",
            Body(d, "CheckClaimRequest"),
            [],
            ("200", Response("The check result.", (Json, Ref(d, "ClaimCheckResponse")), (LdJson, Ref(d, "ClaimReview")))),
            BadInput(d)),
        ["CheckClaimBatch"] = d => Operation(
            $"Check up to {BatchCheckRequestValidator.MaxClaims} claims",
            $"Checks each claim (1–{BatchCheckRequestValidator.MaxClaims}) and records each check; results come back in input order. One bad claim refuses the whole batch. "
                + $"The body may have up to {BatchCheckRequestValidator.MaxBatchBodyBytes} bytes: room for {BatchCheckRequestValidator.MaxClaims} claims of {TextPolicy.MaxClaimLength} characters however they are escaped.",
            Body(d, "BatchCheckRequest"),
            [],
            ("200", Response("One result per claim, in input order.", (Json, Ref(d, "BatchCheckResponse")))),
            BadInput(d)),
        ["GetCheck"] = d => Operation(
            "Read a recorded check",
            "The recorded check, with the evidence sentence when its fact still exists. Send `Accept: application/ld+json` for a schema.org ClaimReview.",
            null,
            [PathParameter("id", "The check id (32 hex digits) from a check response.")],
            ("200", Response("The recorded check.", (Json, Ref(d, "RecordedCheckResponse")), (LdJson, Ref(d, "ClaimReview")))),
            ("404", Problem(d, "No check with this id was recorded.")),
            ("503", Problem(d, "The claim log cannot be read; retry after Retry-After."))),
        ["PostFeedback"] = d => Operation(
            "Give feedback on a check",
            "Stores whether the check was right (table Feedback).",
            Body(d, "FeedbackRequest"),
            [PathParameter("id", "The check id (32 hex digits).")],
            ("202", Response("The feedback was stored.", (Json, Ref(d, "FeedbackAcceptedResponse")))),
            [.. BadInput(d), ("404", Problem(d, "No check with this id was recorded."))]),
        ["ListFacts"] = d => Operation(
            "List fact records",
            "A page of fact records in a stable order; pass `continuationToken` from one page to get the next.",
            null,
            [
                QueryParameter(
                    FactListQuery.PageSizeName,
                    $"Records per page, 1–{FactQueryService.MaxPageSize} (default {FactQueryService.DefaultPageSize}), in ASCII digits.",
                    new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1", Maximum = FactQueryService.MaxPageSize.ToString(CultureInfo.InvariantCulture) }),
                QueryParameter(
                    FactListQuery.ContinuationTokenName,
                    "The token of the previous page, exactly as this API issued it (any other token is a 400).",
                    new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = FactQueryService.MaxTokenLength, Pattern = "^[A-Za-z0-9_-]+$" }),
            ],
            ("200", Response("A page of facts.", (Json, Ref(d, "FactPageResponse")))),
            ("400", Problem(d, "Invalid page size or continuation token, or an unknown or repeated query parameter.")),
            ("405", Problem(d, "Another method on this route.")),
            ("503", Problem(d, "The store cannot be read."))),
        ["GetFact"] = d => Operation(
            "Read a fact record",
            "One fact record by id.",
            null,
            [PathParameter("id", "The fact id, as listed by GET /api/facts.")],
            ("200", Response("The fact record.", (Json, Ref(d, "FactResponse")))),
            ("404", Problem(d, "No fact has this id.")),
            ("503", Problem(d, "The store cannot be read."))),
        ["Health"] = d => Operation(
            "Health",
            "Whether the store answers, which store it is, and the number and content version of the loaded facts. Anonymous.",
            null,
            [],
            ("200", Response("The store answers.", (Json, Ref(d, "HealthResponse")))),
            ("405", Problem(d, "Another method on this route.")),
            ("503", Response("The store cannot be reached (status \"unavailable\").", (Json, Ref(d, "HealthResponse"))))),
        ["OpenApi"] = d => Operation(
            "This document",
            "The OpenAPI 3 description of every route. Anonymous.",
            null,
            [],
            ("200", Response("The OpenAPI document.", (Json, new OpenApiSchema { Type = JsonSchemaType.Object }))),
            ("405", Problem(d, "Another method on this route."))),
        ["ClaimWebhook"] = d =>
        {
            var operation = Operation(
                "Claim webhook (Standard Webhooks 1.0)",
                "Signed delivery of a claim. The signature is HMAC-SHA256 over `{webhook-id}.{webhook-timestamp}.{raw body}` keyed with the base64 "
                    + "bytes after `whsec_` of the shared secret, sent as space-separated `v1,<base64>` entries (any one valid entry is enough). "
                    + $"Timestamps more than {WebhookSignatureVerifier.ToleranceSeconds} s from now are refused. The webhook-id is the idempotency key: a redelivery gets the original "
                    + "response and records nothing new. Anonymous: the signature authenticates.",
                Body(d, "WebhookClaimRequest"),
                [
                    HeaderParameter(
                        WebhookMessage.IdHeader,
                        $"Unique id of the delivery; the idempotency key (printable ASCII, no / \\ # ?, at most {WebhookSignatureVerifier.MaxIdLength} characters).",
                        new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = WebhookSignatureVerifier.MaxIdLength, Pattern = "^[!-\\x22$-.0->@-\\[\\]-~]+$" }),
                    HeaderParameter(WebhookMessage.TimestampHeader, "Send time, Unix seconds.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9]{1,12}$" }),
                    HeaderParameter(WebhookMessage.SignatureHeader, "Space-separated `v1,<base64 signature>` entries.", new OpenApiSchema { Type = JsonSchemaType.String }),
                ],
                ("200", Response("The check result (the original one for a redelivery).", (Json, Ref(d, "ClaimCheckResponse")))),
                [
                    .. BadInput(d),
                    ("401", Problem(d, "Missing headers, malformed or invalid signature, or timestamp out of range.")),
                    ("503", Problem(d, "The delivery could not be recorded durably, or no webhook secret is configured; redeliver after Retry-After.")),
                ]);
            return operation;
        },
    };

    private static OpenApiOperation Operation(
        string summary,
        string description,
        OpenApiRequestBody? body,
        IList<IOpenApiParameter> parameters,
        (string Status, OpenApiResponse Response) success,
        params (string Status, OpenApiResponse Response)[] errors)
    {
        var responses = new OpenApiResponses { [success.Status] = success.Response };
        foreach (var (status, response) in errors)
        {
            responses[status] = response;
        }

        return new OpenApiOperation
        {
            Summary = summary,
            Description = description,
            RequestBody = body,
            Parameters = parameters.Count == 0 ? null : parameters,
            Responses = responses,
        };
    }

    private const string TooManyRequests = "Too many requests: this caller's rate limit (`FactBot:RateLimit`, keyed by function key, address, "
        + "webhook signing key, Slack team, Teams tenant, Telegram chat or Discord guild) or the host's `maxConcurrentRequests` / `maxOutstandingRequests`; "
        + "retry after `Retry-After` seconds. Slack, Teams and Discord deliveries over their limit get a 200 reply asking to wait instead.";

    private static (string, OpenApiResponse)[] BadInput(OpenApiDocument d) =>
    [
        ("400", Problem(d, "Malformed or too deeply nested JSON, a duplicate or unknown property, a wrong JSON type, a missing, blank, too long or forbidden-character claim, invalid UTF-8, or an unreadable body.")),
        ("405", Problem(d, "Another method on this route.")),
        ("408", Problem(d, "The body arrived more slowly than the server's minimum data rate.")),
        ("413", Problem(d, "The body is over the route's limit.")),
        ("415", Problem(d, "The body is not application/json.")),
    ];

    private static OpenApiRequestBody Body(OpenApiDocument d, string schema) => new()
    {
        Required = true,
        Content = new Dictionary<string, IOpenApiMediaType> { [Json] = new OpenApiMediaType { Schema = Ref(d, schema) } },
    };

    private static OpenApiResponse Response(string description, params (string MediaType, IOpenApiSchema Schema)[] content) => new()
    {
        Description = description,
        Content = content.ToDictionary(c => c.MediaType, c => (IOpenApiMediaType)new OpenApiMediaType { Schema = c.Schema }),
    };

    private static OpenApiResponse Problem(OpenApiDocument d, string description) => Response(description, (ProblemJson, Ref(d, "Problem")));

    private static OpenApiParameter PathParameter(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Path,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
    };

    private static OpenApiParameter QueryParameter(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = schema,
    };

    private static OpenApiParameter HeaderParameter(string name, string description, OpenApiSchema schema) => new()
    {
        Name = name,
        In = ParameterLocation.Header,
        Required = true,
        Description = description,
        Schema = schema,
    };

    private static string Kib(int bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes ({bytes / 1024.0:0.#} KiB)");

    private static OpenApiSchemaReference Ref(OpenApiDocument d, string id) => new(id, d);

    private static IEnumerable<(string, IOpenApiSchema)> Schemas(OpenApiDocument d)
    {
        var verdict = Str("The verdict.", values: ["supported", "contradicted", "unknown"]);
        var claim = Str(
            $"The claim: 1–{TextPolicy.MaxClaimLength} characters (code points), not blank; {TextPolicy.ForbiddenRule} (the pattern says which).",
            maxLength: TextPolicy.MaxClaimLength);
        claim.MinLength = 1;
        claim.Pattern = TextPattern.Claim;
        var comment = Str($"Free text, at most {TextPolicy.MaxCommentLength} characters (code points); {TextPolicy.ForbiddenRule}.", maxLength: TextPolicy.MaxCommentLength);
        comment.Pattern = TextPattern.Comment;
        var author = Str($"Who made the claim, for ClaimReview: 1–{TextPolicy.MaxAuthorLength} characters, not blank.", maxLength: TextPolicy.MaxAuthorLength);
        author.MinLength = 1;
        author.Pattern = TextPattern.Claim;
        var date = Str("When the claim was made: an ISO 8601 date (2024-05-01) or date-time with its offset (2024-05-01T09:30:00Z).");
        date.Pattern = @"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,7})?(Z|[+-]\d{2}:\d{2}))?$";
        yield return ("CheckClaimRequest", Closed(Obj(
            "A claim to check, and optionally where it was made (used by the ClaimReview answer).",
            ("claim", claim, true),
            ("author", author, false),
            ("authorType", Str("Whether the author is a person (the default) or an organization; needs 'author'.", values: [ClaimOrigin.Person, ClaimOrigin.Organization]), false),
            ("datePublished", date, false),
            ("appearance", Str("The absolute http(s) URL where the claim appeared.", maxLength: CheckClaimRequestValidator.MaxUrlLength, format: "uri"), false))));
        yield return ("BatchCheckRequest", Closed(Obj(
            "Claims to check.",
            ("claims", new OpenApiSchema { Type = JsonSchemaType.Array, Items = claim, MinItems = 1, MaxItems = BatchCheckRequestValidator.MaxClaims }, true))));
        yield return ("FeedbackRequest", Closed(Obj(
            "Feedback on a check.",
            ("correct", new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether the verdict was right." }, true),
            ("expectedVerdict", Str("The verdict the check should have given.", values: ["supported", "contradicted", "unknown"]), false),
            ("comment", comment, false))));
        yield return ("WebhookClaimRequest", Closed(Obj(
            "A claim delivered by webhook.",
            ("claim", claim, true),
            ("metadata", new OpenApiSchema
            {
                Type = JsonSchemaType.Object | JsonSchemaType.Null,
                Description = $"Sender metadata: an object of at most {WebhookClaimRequestValidator.MaxMetadataBytes} bytes of JSON (null is the same as absent); validated, not stored.",
            }, false))));
        yield return ("Source", Obj("The article quoted.", ("title", Str(), true), ("published", Str("Year and month, e.g. 2023-03."), true)));
        yield return ("Evidence", Obj("The record that decided the verdict.", ("factId", Str(), true), ("sentence", Str("The article's verbatim sentence."), true), ("source", Ref(d, "Source"), true)));
        yield return ("Related", Obj("A record close to an unknown claim.", ("factId", Str(), true), ("sentence", Str(), true), ("score", Number(), true)));
        yield return ("ClaimCheckResponse", Obj(
            "A check result.",
            ("id", Str("The check id (32 hex digits): GET /api/claims/{id}, POST /api/claims/{id}/feedback."), true),
            ("recorded", new OpenApiSchema { Type = JsonSchemaType.Boolean, Description = "Whether the check was written to the claim log." }, true),
            ("claim", Str(), true),
            ("verdict", verdict, true),
            ("confidence", Number("0 to 1."), true),
            ("evidence", Nullable(Ref(d, "Evidence")), true),
            ("explanation", Str("Why, in the claim's language."), true),
            ("language", Str(values: ["en", "fr"]), true),
            ("related", new OpenApiSchema { Type = JsonSchemaType.Array, Items = Ref(d, "Related") }, true)));
        yield return ("BatchCheckResponse", Obj("Batch results.", ("results", new OpenApiSchema { Type = JsonSchemaType.Array, Items = Ref(d, "ClaimCheckResponse") }, true)));
        yield return ("RecordedCheckResponse", Obj(
            "A recorded check.",
            ("id", Str(), true),
            ("claim", Str(), true),
            ("language", Str(values: ["en", "fr"]), true),
            ("verdict", verdict, true),
            ("confidence", Number(), true),
            ("factId", NullableStr("The deciding fact, if any."), true),
            ("channel", Str(values: ["api", "batch", "webhook", .. ChatPlatform.All.Select(p => p.Channel)]), true),
            ("checkedAt", Str(format: "date-time"), true),
            ("sentence", NullableStr("The fact's sentence, when the fact still exists."), true)));
        yield return ("FeedbackAcceptedResponse", Obj("Stored feedback.", ("id", Str(), true), ("checkId", Str(), true), ("receivedAt", Str(format: "date-time"), true)));
        var text = Obj("A short text in both languages.", ("en", Str(), true), ("fr", Str(), true));
        yield return ("LocalizedText", text);
        yield return ("FactResponse", Obj(
            "A fact record.",
            ("id", Str(), true),
            ("sentence", Str("The article's verbatim sentence."), true),
            ("summary", Ref(d, "LocalizedText"), true),
            ("source", Obj("The article.", ("id", Str(), true), ("title", Str(), true), ("published", Str(), true), ("language", Str(values: ["en", "fr"]), true)), true),
            ("polarity", Str(values: ["positive", "negative"]), true),
            ("attribution", Nullable(Ref(d, "LocalizedText")), true),
            ("hedge", Nullable(Ref(d, "LocalizedText")), true)));
        yield return ("FactPageResponse", Obj(
            "A page of facts.",
            ("facts", new OpenApiSchema { Type = JsonSchemaType.Array, Items = Ref(d, "FactResponse"), MaxItems = 100 }, true),
            ("continuationToken", NullableStr("Pass back for the next page; null on the last page."), true)));
        var count = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Description = "Number of fact records loaded." };
        yield return ("HealthResponse", Obj(
            "Health report.",
            ("status", Str(values: ["ok", "unavailable"]), true),
            ("store", Str("embedded or table."), true),
            ("facts", count, true),
            ("seedVersion", NullableStr("Content hash of the loaded facts."), true),
            ("refresh", SnapshotRefresh(), false)));
        var typed = (string type) => Str(values: [type]);
        var rating = (string description) => new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Description = description,
            Minimum = ClaimReviewMapper.WorstRating.ToString(CultureInfo.InvariantCulture),
            Maximum = ClaimReviewMapper.BestRating.ToString(CultureInfo.InvariantCulture),
        };
        yield return ("ClaimReview", Obj(
            "schema.org ClaimReview (JSON-LD), per Google's fact-check guidelines.",
            ("@context", Str(values: ["https://schema.org"]), true),
            ("@type", typed("ClaimReview"), true),
            ("identifier", Str("The check id."), true),
            ("url", Str("This check: GET /api/claims/{id} on the host that answered.", format: "uri"), true),
            ("claimReviewed", Str(), true),
            ("reviewRating", Obj(
                "The verdict, as a number and as a name.",
                ("@type", typed("Rating"), true),
                ("ratingValue", rating("1 contradicted, 2 unknown, 3 supported."), true),
                ("bestRating", rating("3 (supported)."), true),
                ("worstRating", rating("1 (contradicted)."), true),
                ("alternateName", verdict, true),
                ("ratingExplanation", Str("Why, in the claim's language."), true)), true),
            ("itemReviewed", Obj(
                "The claim, with where it was made when the request said so.",
                ("@type", typed("Claim"), true),
                ("text", Str(), true),
                ("inLanguage", Str(values: ["en", "fr"]), true),
                ("author", Obj("Who made the claim.", ("@type", Str(values: [ClaimOrigin.Person, ClaimOrigin.Organization]), true), ("name", Str(), true)), false),
                ("datePublished", Str("When the claim was made."), false),
                ("appearance", Obj("Where the claim appeared.", ("@type", typed("CreativeWork"), true), ("url", Str(format: "uri"), true)), false)), true),
            ("author", Obj("FactBot.", ("@type", typed("Organization"), true), ("name", Str(), true), ("url", Str(format: "uri"), true)), true),
            ("datePublished", Str("When the check ran.", format: "date-time"), true),
            ("inLanguage", Str("The language of the review's text: the claim's.", values: ["en", "fr"]), true),
            ("citation", Obj(
                "The article sentence that decided the verdict, in the article's language.",
                ("@type", typed("CreativeWork"), true),
                ("name", Str("The article's title."), true),
                ("text", Str("The verbatim sentence."), true),
                ("inLanguage", Str(values: ["en", "fr"]), true)), false)));
        yield return ("Problem", Obj(
            "RFC 9457 problem details.",
            ("type", Str(format: "uri"), true),
            ("title", Str(), true),
            ("status", new OpenApiSchema { Type = JsonSchemaType.Integer }, true),
            ("detail", Str(), true)));
    }

    private static OpenApiSchema SnapshotRefresh()
    {
        var at = (string what) => new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null, Format = "date-time", Description = what };
        var schema = Obj(
            "The fact snapshot's background refresh; a failed one keeps the last good snapshot.",
            ("loadedAt", at("When the snapshot in use was loaded."), true),
            ("lastAttemptAt", at("When the last refresh ran."), true),
            ("lastFailure", NullableStr("Why the last refresh failed; null when it succeeded."), true));
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }

    private static OpenApiSchema Obj(string description, params (string Name, IOpenApiSchema Schema, bool Required)[] properties) => new()
    {
        Type = JsonSchemaType.Object,
        Description = description,
        Properties = properties.ToDictionary(p => p.Name, p => p.Schema, StringComparer.Ordinal),
        Required = properties.Where(p => p.Required).Select(p => p.Name).ToHashSet(StringComparer.Ordinal),
    };

    // Request bodies: the server refuses any property it does not know (case-sensitive names).
    private static OpenApiSchema Closed(OpenApiSchema schema)
    {
        schema.AdditionalPropertiesAllowed = false;
        return schema;
    }

    private static OpenApiSchema Str(string? description = null, int? maxLength = null, string? format = null, string[]? values = null) => new()
    {
        Type = JsonSchemaType.String,
        Description = description,
        MaxLength = maxLength,
        Format = format,
        Enum = values?.Select(v => (JsonNode)JsonValue.Create(v)).ToList(),
    };

    private static OpenApiSchema NullableStr(string? description = null)
    {
        var schema = Str(description);
        schema.Type |= JsonSchemaType.Null;
        return schema;
    }

    private static OpenApiSchema Number(string? description = null) => new() { Type = JsonSchemaType.Number, Description = description };

    private static OpenApiSchema Nullable(IOpenApiSchema schema) => new() { OneOf = [schema, new OpenApiSchema { Type = JsonSchemaType.Null }] };
}
