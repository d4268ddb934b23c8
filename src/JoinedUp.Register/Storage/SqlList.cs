using Dapper;

namespace JoinedUp.Register.Storage;

/// <summary>
/// "IN (...)" lists written the same way for both engines: one parameter per value (Dapper would pass an array to
/// Npgsql, which "IN @list" cannot take).
/// </summary>
internal static class SqlList
{
    public static DynamicParameters With(object parameters, string name, IReadOnlyList<string> values, out string inList)
    {
        var dynamic = new DynamicParameters(parameters);
        for (var i = 0; i < values.Count; i++) dynamic.Add(name + i, values[i]);
        inList = values.Count == 0 ? "(NULL)" : "(" + string.Join(",", values.Select((_, i) => "@" + name + i)) + ")";
        return dynamic;
    }
}
