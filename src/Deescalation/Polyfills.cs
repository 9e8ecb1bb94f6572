#if !NET
namespace System.Runtime.CompilerServices;

/// <summary>Lets the compiler emit <c>init</c> accessors on older targets.</summary>
internal static class IsExternalInit
{
}
#endif
