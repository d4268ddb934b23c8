namespace JoinedUp.Synthetic.Simulation;

/// <summary>Derives independent, reproducible System.Random seeds from the run's seed and names (never string.GetHashCode, which varies by process).</summary>
internal static class SeedMixer
{
    public static int Mix(int seed, params object[] parts)
    {
        ulong hash = 14695981039346656037UL ^ (ulong)(uint)seed;
        foreach (var part in parts)
        {
            foreach (var ch in part.ToString() ?? string.Empty)
            {
                hash ^= ch;
                hash *= 1099511628211UL;
            }
            hash ^= 0xFF;
            hash *= 1099511628211UL;
        }
        // SplitMix64 finaliser
        hash += 0x9E3779B97F4A7C15UL;
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9UL;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBUL;
        hash ^= hash >> 31;
        return (int)(hash & 0x7FFFFFFF);
    }

    public static Random RandomFor(int seed, params object[] parts) => new(Mix(seed, parts));
}
