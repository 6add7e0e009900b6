using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Azure.Data.Tables;
using Xunit;

namespace FactBot.TestSupport.Azurite;

/// <summary>
/// One Azurite Table service per test run, from the repository's own node_modules, on a free loopback port
/// with in-memory persistence. Use it as a collection fixture and give every test its own table.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Azurite's well-known development account key (public, documented; not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    public const string AccountName = "devstoreaccount1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);

    private readonly StringBuilder output = new();
    private Process? process;
    private string? workspace;

    public int Port { get; private set; }

    /// <summary>The port to listen on, chosen before start (so a host can be pointed at an Azurite not yet running); 0 picks a free one.</summary>
    public int RequestedPort { get; init; }

    public string ConnectionString => ConnectionStringFor(Port > 0 ? Port : RequestedPort);

    public static string ConnectionStringFor(int port) =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};TableEndpoint=http://127.0.0.1:{port}/{AccountName};";

    /// <summary>A table name no other test uses, so tests can share one Azurite and run in any order.</summary>
    public static string CreateTableName() => "t" + Guid.NewGuid().ToString("N");

    public TableServiceClient CreateServiceClient() => new(ConnectionString);

    public async Task InitializeAsync()
    {
        var root = RepositoryRoot.Find();
        var bin = Path.Combine(root, "node_modules", ".bin", "azurite-table");
        if (!File.Exists(bin))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed under {Path.Combine(root, "node_modules")}: run `npm ci` in {root} before the storage tests.");
        }

        // The .bin entry links to the package's own table entry point; node runs that file directly.
        var script = new FileInfo(bin).ResolveLinkTarget(returnFinalTarget: true)?.FullName
            ?? Path.Combine(root, "node_modules", "azurite", "dist", "src", "table", "main.js");

        Port = RequestedPort > 0 ? RequestedPort : FreeLoopbackPort();
        workspace = Directory.CreateTempSubdirectory("factbot-azurite-").FullName;

        // node runs the script directly: npx would resolve (and maybe fetch) a package and hide the real PID.
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workspace,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            script, "--tableHost", "127.0.0.1", "--tablePort", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--inMemoryPersistence", "--skipApiVersionCheck", "--silent", "--disableTelemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start node for Azurite.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    public Task DisposeAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Stops Azurite and whatever node started under it; safe to call twice.</summary>
    public void Dispose()
    {
        var running = Interlocked.Exchange(ref process, null);
        if (running is not null)
        {
            try
            {
                if (!running.HasExited)
                {
                    running.Kill(entireProcessTree: true);
                    running.WaitForExit(TimeSpan.FromSeconds(10));
                }
            }
            catch (InvalidOperationException)
            {
                // Already gone: nothing to stop.
            }
            finally
            {
                running.Dispose();
            }
        }

        var folder = Interlocked.Exchange(ref workspace, null);
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    public static int FreeLoopbackPort()
    {
        // Port 0 lets the OS pick; the short gap before Azurite binds it is acceptable for tests.
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartTimeout)
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} before listening on port {Port}.{Environment.NewLine}{Output()}");
            }

            try
            {
                using var client = new TcpClient();
                using var attempt = new CancellationTokenSource(TimeSpan.FromSeconds(1));
                await client.ConnectAsync(IPAddress.Loopback, Port, attempt.Token);
                return;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not listen on 127.0.0.1:{Port} within {StartTimeout.TotalSeconds:F0} s.{Environment.NewLine}{Output()}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (output)
        {
            return output.Length == 0 ? "(Azurite wrote nothing)" : "Azurite output:" + Environment.NewLine + output;
        }
    }
}
