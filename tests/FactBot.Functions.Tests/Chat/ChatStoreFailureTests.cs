using System.Net;
using System.Text.Json;
using FactBot.Application.Webhooks;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Functions.Tests.Chat;

/// <summary>When the delivery store fails: Telegram, which redelivers until a 2xx, gets a 503; Slack, which would only show an error, gets the verdict.</summary>
public sealed class ChatStoreFailureTests(ChatStoreFailureTests.FailingStoreHost factory) : IClassFixture<ChatStoreFailureTests.FailingStoreHost>
{
    [Fact]
    public async Task Telegram_gets_503_with_retry_after_so_it_redelivers()
    {
        var client = factory.CreateClient();
        var update = new Update
        {
            Id = 77,
            Message = new Message { Id = 1, Text = "OpenAI was founded in 2015.", Chat = new global::Telegram.Bot.Types.Chat { Id = 5, Type = ChatType.Private }, Date = DateTime.UtcNow },
        };

        var response = await client.SendAsync(ChatRequests.Telegram(JsonSerializer.Serialize(update, JsonBotAPI.Options)));

        await Http.ProblemAssert.IsProblemAsync(response, HttpStatusCode.ServiceUnavailable, "Message not recorded");
        Assert.Equal("5", response.Headers.RetryAfter?.ToString());
    }

    [Fact]
    public async Task Slack_still_gets_the_verdict()
    {
        var client = factory.CreateClient();

        var reply = await ChatAssert.ReplyAsync(await client.SendAsync(ChatRequests.Slack("/api/chat/slack", ChatRequests.SlackCommandBody("OpenAI was founded in 2015.", "1.2.3"))));

        Assert.Equal("in_channel", reply.GetProperty("response_type").GetString());
    }

    public sealed class FailingStoreHost : ChatHostFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            var store = Substitute.For<IWebhookDeliveryStore>();
            store.FindAsync(default!, default).ThrowsAsyncForAnyArgs(new IOException("storage down"));
            builder.ConfigureTestServices(services => services.AddSingleton(store));
        }
    }
}
