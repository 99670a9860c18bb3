namespace Analysis.Core.Cooccurrence;

/// <summary>
/// Small counts (up to 255) for tens of millions of 64-bit keys, in about 16 bytes a key: open addressing
/// with linear probing, the keys in one array and the counts in another. A <see cref="Dictionary{TKey,TValue}"/>
/// takes 28–32 bytes a key here, and when it grows it holds its old and new arrays at once, a few hundred
/// megabytes apart on a large run. The table is cut into 256 shards that grow one at a time, so growing
/// never holds more than a 256th of it twice.
/// </summary>
internal sealed class CappedCounts
{
    private const int ShardBits = 8;
    private const int FirstCapacity = 16;
    private readonly Shard[] _shards = new Shard[1 << ShardBits];

    /// <summary>Keys counted at least once.</summary>
    public long Count { get; private set; }

    /// <summary>Adds one to the count of <paramref name="key"/> when it is below <paramref name="limit"/>, and says
    /// whether it did.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="key"/> is 0, which marks empty slots.</exception>
    public bool TryIncrement(ulong key, byte limit)
    {
        ArgumentOutOfRangeException.ThrowIfZero(key);
        var hash = Hash(key);
        var shard = _shards[hash >> (64 - ShardBits)] ??= new Shard(FirstCapacity);
        var slot = shard.Find(key, hash);
        if (shard.Keys[slot] == 0)
        {
            if (limit == 0)
            {
                return false;
            }

            shard.Keys[slot] = key;
            shard.Counts[slot] = 1;
            Count++;
            shard.Added();
            return true;
        }

        if (shard.Counts[slot] >= limit)
        {
            return false;
        }

        shard.Counts[slot]++;
        return true;
    }

    /// <summary>The count of <paramref name="key"/>: 0 when it was never counted.</summary>
    public byte this[ulong key]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfZero(key);
            var hash = Hash(key);
            if (_shards[hash >> (64 - ShardBits)] is not { } shard)
            {
                return 0;
            }

            var slot = shard.Find(key, hash);
            return shard.Keys[slot] == key ? shard.Counts[slot] : (byte)0;
        }
    }

    // Fibonacci hashing: keys made of small numbers side by side spread over every shard and slot.
    private static ulong Hash(ulong key) => key * 0x9E3779B97F4A7C15UL;

    private sealed class Shard(int capacity)
    {
        private int _used;

        public ulong[] Keys { get; private set; } = new ulong[capacity];

        public byte[] Counts { get; private set; } = new byte[capacity];

        // The slot holding the key, or the empty slot where it goes. The slot comes from the 24 bits of the
        // hash below those that chose the shard: enough for shards of 16M slots, ~3 billion keys in all.
        public int Find(ulong key, ulong hash)
        {
            var mask = Keys.Length - 1;
            var slot = (int)(hash >> (64 - ShardBits - 24)) & mask;
            while (Keys[slot] != 0 && Keys[slot] != key)
            {
                slot = (slot + 1) & mask;
            }

            return slot;
        }

        // Kept at most three quarters full, so probe runs stay short.
        public void Added()
        {
            _used++;
            if (_used * 4L > Keys.Length * 3L)
            {
                Grow();
            }
        }

        private void Grow()
        {
            var (keys, counts) = (Keys, Counts);
            Keys = new ulong[keys.Length * 2];
            Counts = new byte[keys.Length * 2];
            for (var i = 0; i < keys.Length; i++)
            {
                if (keys[i] != 0)
                {
                    var slot = Find(keys[i], Hash(keys[i]));
                    Keys[slot] = keys[i];
                    Counts[slot] = counts[i];
                }
            }
        }
    }
}
