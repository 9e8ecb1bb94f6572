using ChatAssist;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var builder = WebApplication.CreateBuilder(args);

// The analyzer is a singleton configured from appsettings.json ("Deescalation" section); a bad setting
// fails here, at start-up, with a message naming it.
builder.Services.AddDeescalation(options => builder.Configuration.GetSection("Deescalation").Bind(options));
builder.Services.Configure<ChatAssistOptions>(builder.Configuration.GetSection(ChatAssistOptions.Section));
builder.Services.AddProblemDetails();
builder.WebHost.ConfigureKestrel((context, kestrel) =>
    kestrel.Limits.MaxRequestBodySize = context.Configuration.GetValue(ChatAssistOptions.Section + ":" + nameof(ChatAssistOptions.MaxRequestBodyBytes), ChatAssistOptions.DefaultMaxRequestBodyBytes));

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.MapPost("/api/analyze", AnalyzeEndpoint.HandleAsync);
app.Run();

/// <summary>The application's entry point, public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;
