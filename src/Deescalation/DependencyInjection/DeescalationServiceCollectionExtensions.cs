using System;
using Deescalation;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the reply analyzer with a service collection.</summary>
public static class DeescalationServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="ReplyAnalyzer"/> as a singleton <see cref="IReplyAnalyzer"/> (and as itself).
    /// The options are configured and validated now, so a bad setting fails at start-up with a message naming it.
    /// A registration made earlier, by the application or a previous call, wins.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; <see langword="null"/> for the defaults.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="ArgumentException">A setting is invalid.</exception>
    /// <example><code>builder.Services.AddDeescalation(o => o.AllowedPhrases.Add("Relax Mode"));</code></example>
    public static IServiceCollection AddDeescalation(this IServiceCollection services, Action<DeescalationOptions>? configure = null)
    {
        if (services is null)
        {
            throw new ArgumentNullException(nameof(services));
        }

        var options = new DeescalationOptions();
        configure?.Invoke(options);
        options.Validate();

        var analyzer = new Lazy<ReplyAnalyzer>(() => new ReplyAnalyzer(options));
        services.TryAddSingleton(_ => analyzer.Value);
        services.TryAddSingleton<IReplyAnalyzer>(sp => sp.GetRequiredService<ReplyAnalyzer>());
        return services;
    }
}
