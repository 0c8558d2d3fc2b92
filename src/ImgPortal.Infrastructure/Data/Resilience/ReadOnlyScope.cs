namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>
/// Code run inside <see cref="Begin"/> (and everything it awaits) may read the database but never write to it:
/// <see cref="ReadOnlyScopeInterceptor"/> refuses a save or a writing command with
/// <see cref="WriteRefusedInReadOnlyScopeException"/> before it reaches the database. The web layer runs a form
/// action a second time inside it to show the form again after a busy write, so that run can never save twice.
/// </summary>
public static class ReadOnlyScope
{
    private static readonly AsyncLocal<bool> Active = new();

    public static bool IsActive => Active.Value;

    /// <summary>Until the returned scope is disposed, writes on this flow of execution are refused.</summary>
    public static IDisposable Begin()
    {
        Active.Value = true;
        return new Scope();
    }

    /// <summary>Whether <paramref name="exception"/> (or one it wraps) is a write refused by the scope.</summary>
    public static bool Refused(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is WriteRefusedInReadOnlyScopeException)
            {
                return true;
            }
        }

        return false;
    }

    private sealed class Scope : IDisposable
    {
        public void Dispose() => Active.Value = false;
    }
}

/// <summary>A save or a writing command attempted inside <see cref="ReadOnlyScope"/>: nothing was sent.</summary>
public sealed class WriteRefusedInReadOnlyScopeException()
    : InvalidOperationException("A write was attempted while the form was being shown again; nothing was written.");
