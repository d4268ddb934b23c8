using System.Runtime.InteropServices;

namespace JoinedUp.Store.Loading;

/// <summary>
/// The few SQLite calls a bulk load makes millions of times, called straight into the same native library that
/// Microsoft.Data.Sqlite loads (e_sqlite3), on the raw statement pointer. Through SQLitePCL each call also takes
/// and releases the statement's SafeHandle and goes through a provider interface, which cost more than the bind
/// itself. Binds are short native calls that never call back into .NET, so they skip the GC transition; stepping
/// does real work and keeps it.
/// </summary>
internal static unsafe partial class SqliteNative
{
    private const string Library = "e_sqlite3";

    /// <summary>SQLITE_STATIC: the bytes stay valid until the statement is stepped or reset, so SQLite need not copy them.</summary>
    public static readonly IntPtr Static = IntPtr.Zero;

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    public static partial int BindText(IntPtr statement, int index, byte* text, int length, IntPtr destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    public static partial int BindInteger(IntPtr statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_double")]
    [SuppressGCTransition]
    public static partial int BindReal(IntPtr statement, int index, double value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    public static partial int BindNull(IntPtr statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    public static partial int Step(IntPtr statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    public static partial int Reset(IntPtr statement);
}
