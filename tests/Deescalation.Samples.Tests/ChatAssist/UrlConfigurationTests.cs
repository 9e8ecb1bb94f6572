using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using FluentAssertions;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace Deescalation.Samples.Tests.ChatAssist;

/// <summary>ChatAssist listens where ASP.NET Core apps do: ASPNETCORE_URLS or --urls, the port for `dotnet run` in launchSettings.json.</summary>
public sealed class UrlConfigurationTests
{
    private static readonly string Folder = RepositoryPaths.Combine("samples", "ChatAssist");

    /// <summary>The host's configuration order: ASPNETCORE_-prefixed variables, then appsettings.json, then the command line.</summary>
    private static IConfiguration HostConfiguration(string? environmentUrls, string[] args) => new ConfigurationBuilder()
        .AddInMemoryCollection(environmentUrls is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["urls"] = environmentUrls })
        .AddJsonFile(Path.Combine(Folder, "appsettings.json"), optional: false)
        .AddCommandLine(args)
        .Build();

    [Fact]
    public void ASPNETCORE_URLS_is_not_overridden_by_appsettings()
    {
        HostConfiguration("http://127.0.0.1:6123", []).GetValue<string>("urls").Should().Be("http://127.0.0.1:6123");
    }

    [Fact]
    public void Urls_on_the_command_line_win()
    {
        HostConfiguration("http://127.0.0.1:6123", ["--urls", "http://127.0.0.1:6124"]).GetValue<string>("urls").Should().Be("http://127.0.0.1:6124");
    }

    [Fact]
    public void Dotnet_run_listens_on_the_loopback_port_of_launch_settings()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "Properties", "launchSettings.json")));
        settings.RootElement.GetProperty("profiles").GetProperty("ChatAssist").GetProperty("applicationUrl").GetString().Should().Be("http://127.0.0.1:5080");
    }
}
