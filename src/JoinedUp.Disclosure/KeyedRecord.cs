namespace JoinedUp.Disclosure;

/// <summary>A record counted in a protected figure: the LA whose return holds it and its record key.</summary>
public interface IKeyedRecord
{
    string LaCode { get; }

    byte RecordKey { get; }
}
