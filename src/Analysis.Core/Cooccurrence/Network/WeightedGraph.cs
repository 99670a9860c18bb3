using System.Globalization;

namespace Analysis.Core.Cooccurrence.Network;

/// <summary>
/// An undirected graph with positive edge weights and no self-loops: the co-occurrence network whose
/// nodes are actor ids and whose edge weights say how often two actors appear together. It keeps
/// insertion order everywhere (nodes, edges, neighbours), so the algorithms that walk it
/// (<see cref="Betweenness"/>, <see cref="Louvain"/>) give the same answer every time for the same
/// sequence of additions. Node ids compare ordinally, as actor ids do everywhere in the library.
/// </summary>
/// <remarks>
/// Adjacency lists, not a matrix: a press corpus yields a few thousand actors with tens of thousands of
/// ties, far too sparse for n² storage. The graph only grows; nothing removes a node or an edge.
/// </remarks>
public sealed class WeightedGraph
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<string> _nodes = [];
    private readonly List<List<int>> _neighbours = [];
    private readonly List<double> _strengths = [];

    // Edge ends as node indices, smaller index first in the key, original order in _ends. The key's hash
    // must mix both halves: the default one gave a dense network of 900 actors ~1,000 distinct hashes, and
    // adding its 235,000 edges took two seconds, nearly as long as its betweenness.
    private readonly Dictionary<long, int> _edgeIndex = new(TieKeyComparer.Instance);
    private readonly List<(int A, int B)> _ends = [];
    private readonly List<double> _weights = [];

    /// <summary>Creates an empty graph.</summary>
    public WeightedGraph()
    {
    }

    /// <summary>The node ids, in the order they were first added.</summary>
    public IReadOnlyList<string> Nodes => _nodes;

    /// <summary>Number of nodes, isolated ones included.</summary>
    public int NodeCount => _nodes.Count;

    /// <summary>Number of distinct undirected edges (adding an existing edge again does not count).</summary>
    public int EdgeCount => _ends.Count;

    /// <summary>Each undirected edge once, in the order it was first added, with its accumulated weight.</summary>
    public IEnumerable<WeightedEdge> Edges
    {
        get
        {
            for (var i = 0; i < _ends.Count; i++)
            {
                var (a, b) = _ends[i];
                yield return new WeightedEdge(_nodes[a], _nodes[b], _weights[i]);
            }
        }
    }

    /// <summary>Sum of all edge weights, each undirected edge counted once (networkx's <c>G.size(weight="weight")</c>).</summary>
    public double TotalWeight { get; private set; }

    /// <summary>Adds a node; does nothing when it is already there.</summary>
    /// <exception cref="ArgumentException">The id is empty.</exception>
    public void AddNode(string id) => Intern(id);

    /// <summary>
    /// Adds an undirected edge of the given weight, adding its ends as nodes when they are new. Adding an
    /// edge that exists (in either direction) adds <paramref name="weight"/> to its weight, so counts can be
    /// fed one co-occurrence at a time.
    /// </summary>
    /// <exception cref="ArgumentException">The ends are the same node (co-occurrence of an actor with itself means nothing here).</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is zero, negative, infinite or NaN.</exception>
    public void AddEdge(string a, string b, double weight)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            throw new ArgumentException($"An edge needs two different nodes; got '{a}' twice.", nameof(b));
        }

        // A zero or negative weight would break modularity (negative strengths) and "no edge" = 0.
        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "An edge weight must be positive and finite.");
        }

        var i = Intern(a);
        var j = Intern(b);
        var key = Key(i, j);
        if (_edgeIndex.TryGetValue(key, out var edge))
        {
            _weights[edge] += weight;
        }
        else
        {
            _edgeIndex.Add(key, _ends.Count);
            _ends.Add((i, j));
            _weights.Add(weight);
            _neighbours[i].Add(j);
            _neighbours[j].Add(i);
        }

        _strengths[i] += weight;
        _strengths[j] += weight;
        TotalWeight += weight;
    }

    /// <summary>True when the graph has a node with this id.</summary>
    public bool Contains(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _index.ContainsKey(id);
    }

    /// <summary>The weight of the edge between two nodes; 0 when there is no such edge or either node is unknown.</summary>
    public double Weight(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return _index.TryGetValue(a, out var i) && _index.TryGetValue(b, out var j) && _edgeIndex.TryGetValue(Key(i, j), out var edge)
            ? _weights[edge]
            : 0;
    }

    /// <summary>The nodes joined to <paramref name="id"/> by an edge, in the order those edges were first added.</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such node.</exception>
    public IEnumerable<string> Neighbours(string id) => _neighbours[IndexOfExisting(id)].Select(n => _nodes[n]);

    /// <summary>The number of neighbours of a node (its unweighted degree).</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such node.</exception>
    public int Degree(string id) => _neighbours[IndexOfExisting(id)].Count;

    /// <summary>The sum of the weights of the edges at a node (its weighted degree, networkx's <c>G.degree(weight="weight")</c>).</summary>
    /// <exception cref="KeyNotFoundException">The graph has no such node.</exception>
    public double Strength(string id) => _strengths[IndexOfExisting(id)];

    /// <summary>The position of a node in <see cref="Nodes"/>, or -1.</summary>
    internal int IndexOf(string id) => _index.TryGetValue(id, out var index) ? index : -1;

    /// <summary>A compact read-only copy of the adjacency lists, indexed like <see cref="Nodes"/>, for the algorithms.</summary>
    internal AdjacencyArrays ToAdjacencyArrays()
    {
        var edges = new (int A, int B, double Weight)[_ends.Count];
        for (var i = 0; i < edges.Length; i++)
        {
            edges[i] = (_ends[i].A, _ends[i].B, _weights[i]);
        }

        return AdjacencyArrays.Build(_nodes.Count, edges, selfLoops: null);
    }

    private static long Key(int i, int j) => i < j ? ((long)i << 32) | (uint)j : ((long)j << 32) | (uint)i;

    private int Intern(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (_index.TryGetValue(id, out var index))
        {
            return index;
        }

        if (id.Length == 0)
        {
            throw new ArgumentException("A node id cannot be empty.", nameof(id));
        }

        index = _nodes.Count;
        _index.Add(id, index);
        _nodes.Add(id);
        _neighbours.Add([]);
        _strengths.Add(0);
        return index;
    }

    private int IndexOfExisting(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _index.TryGetValue(id, out var index)
            ? index
            : throw new KeyNotFoundException(string.Create(CultureInfo.InvariantCulture, $"The graph has no node '{id}'."));
    }
}
