using System.Buffers;
using System.Text.Json;

namespace FactBot.Cli.Checking;

/// <summary>
/// One output buffer and JSON writer per thread, emptied for each line: a batch wrote every line through buffers and
/// writers of its own. A line is written without an await, so a thread's buffer serves one line at a time.
/// </summary>
internal static class LineBuffer
{
    [ThreadStatic]
    private static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer)? current;

    public static (ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Writer) Get()
    {
        if (current is not { } pair)
        {
            var buffer = new ArrayBufferWriter<byte>(1024);
            current = pair = (buffer, new Utf8JsonWriter(buffer, CliJson.WriterOptions));
        }

        pair.Buffer.ResetWrittenCount();
        pair.Writer.Reset(pair.Buffer);
        return pair;
    }
}
