#!/usr/bin/env python3
"""Writes networks.json: the graphs the network tests use and what networkx computes on them.

Run once, from this folder, when a graph is added or networkx changes:

    python3 generate_expected.py

The C# tests only read networks.json; they never run Python. Node ids are stored as strings (the
karate club's integer nodes become "0".."33") and edges in networkx's G.edges order, so that the C#
graph is built with the same nodes, edges and weights networkx saw.
"""

import json
import os

import networkx as nx

HERE = os.path.dirname(os.path.abspath(__file__))
LOUVAIN_SEED = 42


def as_strings(graph):
    """The same graph with every node id as a string, node and edge order kept."""
    result = nx.Graph()
    result.add_nodes_from(str(node) for node in graph.nodes)
    for a, b, weight in graph.edges(data="weight", default=1):
        result.add_edge(str(a), str(b), weight=weight)
    return result


def karate():
    graph = nx.karate_club_graph()
    clubs = {}
    for node, club in graph.nodes(data="club"):
        clubs.setdefault(club, []).append(str(node))
    partitions = [("clubs", list(clubs.values()))]
    return as_strings(graph), partitions


def clique_bridge():
    # Two five-cliques with heavy inner ties, joined by one light bridge between a4 and b0.
    graph = nx.Graph()
    left = [f"a{i}" for i in range(5)]
    right = [f"b{i}" for i in range(5)]
    for group, base in ((left, 3), (right, 4)):
        for i, u in enumerate(group):
            for v in group[i + 1:]:
                graph.add_edge(u, v, weight=base + (i % 2))
    graph.add_edge("a4", "b0", weight=1)
    return graph, [("cliques", [left, right])]


def path():
    graph = nx.Graph()
    nodes = [f"p{i}" for i in range(7)]
    for i, (u, v) in enumerate(zip(nodes, nodes[1:])):
        graph.add_edge(u, v, weight=i + 1)
    return graph, [("halves", [nodes[:3], nodes[3:]])]


def star():
    graph = nx.Graph()
    for i in range(6):
        graph.add_edge("hub", f"leaf{i}", weight=1 + 0.5 * i)
    return graph, [("hub-with-three", [["hub", "leaf0", "leaf1", "leaf2"], ["leaf3", "leaf4", "leaf5"]])]


def components():
    # A triangle, a separate four-node path and an isolated node, added in between.
    graph = nx.Graph()
    graph.add_edge("x", "y", weight=2)
    graph.add_edge("y", "z", weight=1)
    graph.add_node("lonely")
    graph.add_edge("z", "x", weight=3)
    graph.add_edge("u", "v", weight=1)
    graph.add_edge("v", "w", weight=4)
    graph.add_edge("w", "t", weight=2)
    return graph, [("components", [["x", "y", "z"], ["u", "v", "w", "t"], ["lonely"]])]


def cooccurrence():
    # Actors of a Sahel corpus; a weight is the number of articles naming both.
    graph = nx.Graph()
    edges = [
        ("bfa", "mli", 14), ("bfa", "ner", 11), ("mli", "ner", 12),
        ("aes", "bfa", 9), ("aes", "mli", 10), ("aes", "ner", 8),
        ("bfa", "celestin-simpore", 6), ("mli", "oumar-diarra", 7),
        ("mli", "assimi-goita", 13), ("assimi-goita", "oumar-diarra", 4),
        ("celestin-simpore", "oumar-diarra", 2), ("aes", "assimi-goita", 3),
        ("ner", "abdourahamane-tiani", 9), ("aes", "abdourahamane-tiani", 2),
        ("bfa", "ibrahim-traore", 10), ("ibrahim-traore", "celestin-simpore", 3),
    ]
    for a, b, weight in edges:
        graph.add_edge(a, b, weight=weight)
    partitions = [("countries", [
        ["bfa", "celestin-simpore", "ibrahim-traore"],
        ["mli", "oumar-diarra", "assimi-goita"],
        ["ner", "abdourahamane-tiani"],
        ["aes"],
    ])]
    return graph, partitions


def common_partitions(graph, named):
    nodes = list(graph.nodes)
    return named + [
        ("singletons", [[node] for node in nodes]),
        ("all-in-one", [nodes]),
    ]


def describe(name, graph, named):
    partitions = []
    for label, communities in common_partitions(graph, named):
        for resolution in (1.0, 0.5, 2.0):
            partitions.append({
                "name": label,
                "resolution": resolution,
                "communities": communities,
                "modularity": nx.community.modularity(graph, communities, weight="weight", resolution=resolution),
            })

    louvain = nx.community.louvain_communities(graph, weight="weight", seed=LOUVAIN_SEED)
    louvain = sorted((sorted(c) for c in louvain), key=lambda c: (-len(c), c))
    return {
        "name": name,
        "nodes": list(graph.nodes),
        "edges": [[a, b, w] for a, b, w in graph.edges(data="weight")],
        "degree": dict(graph.degree()),
        "strength": dict(graph.degree(weight="weight")),
        # Hop counts on purpose: weight=None is networkx's default.
        "betweenness": nx.betweenness_centrality(graph),
        "betweennessRaw": nx.betweenness_centrality(graph, normalized=False),
        "partitions": partitions,
        "louvain": {
            "seed": LOUVAIN_SEED,
            "communities": louvain,
            "modularity": nx.community.modularity(graph, louvain, weight="weight"),
        },
    }


def main():
    builders = [
        ("karate", karate),
        ("clique-bridge", clique_bridge),
        ("path", path),
        ("star", star),
        ("components", components),
        ("cooccurrence", cooccurrence),
    ]
    graphs = []
    for name, build in builders:
        graph, named = build()
        graphs.append(describe(name, graph, named))

    document = {
        "generator": "generate_expected.py",
        "networkx": nx.__version__,
        "graphs": graphs,
    }
    with open(os.path.join(HERE, "networks.json"), "w", encoding="utf-8", newline="\n") as out:
        json.dump(document, out, indent=1, ensure_ascii=False)
        out.write("\n")


if __name__ == "__main__":
    main()
