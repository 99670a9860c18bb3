#!/usr/bin/env python3
"""The straightforward Python pipeline the runner's `extract` is compared with (issue 8, "Scale and speed").

What a careful analyst would write in an afternoon, with the standard library only: walk the corpus, read
and decode each file as UTF-8, find every alias with one compiled regular expression (all aliases in one
alternation between word boundaries), date the article with a date regex, and count the pairs of actors
named in the same article per month with collections.Counter. No boilerplate removal, no resolution of
surnames, no stories: it does much less than the runner, so it is a floor to beat, not a rival.

    baseline.py CORPUS_DIR ALIASES_TSV [--trie]

ALIASES_TSV is the generator's aliases.tsv (surface, actor_id, type; every case variant listed, so the
match is case-sensitive, as grep's is). --trie factors the alternation into a prefix tree, which is what
a Python user does next when the flat alternation is slow.
"""
import collections
import itertools
import os
import re
import sys

MONTHS = {m: i + 1 for i, m in enumerate(
    ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"])}
DATE = re.compile(r"\b(?:(\d{1,2})(?:er)? (" + "|".join(MONTHS) + r") (\d{4})|(\d{2})/(\d{2})/(\d{4}))\b")


def load_aliases(path):
    """surface -> actor id, places left out (they are not actors)."""
    aliases = {}
    with open(path, encoding="utf-8") as table:
        next(table)
        for line in table:
            surface, actor, kind = line.rstrip("\n").split("\t")
            if kind != "place":
                aliases[surface] = actor
    return aliases


def trie_pattern(words):
    """A regex alternation factored into a prefix tree: (?:Ka(?:nembo|ssonie)|...)."""
    root = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def build(node):
        ends = "" in node
        branches = [re.escape(char) + build(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            body = "(?:" + body + ")?"
        return body

    return build(root)


def main():
    corpus, alias_path = sys.argv[1], sys.argv[2]
    trie = "--trie" in sys.argv[3:]
    aliases = load_aliases(alias_path)
    words = sorted(aliases, key=len, reverse=True)  # longest first: "Forces armées kanembaises" before "kanembaises"
    body = trie_pattern(words) if trie else "|".join(map(re.escape, words))
    matcher = re.compile(r"(?<!\w)(?:" + body + r")(?!\w)")

    pairs = collections.Counter()
    files = 0
    size = 0
    mentions = 0
    for folder, subfolders, names in os.walk(corpus):
        subfolders.sort()
        for name in sorted(names):
            if not name.endswith((".txt", ".md")):
                continue
            with open(os.path.join(folder, name), "rb") as handle:
                raw = handle.read()
            files += 1
            size += len(raw)
            text = raw.decode("utf-8", errors="replace")
            found = DATE.search(text)
            if found is None:
                month = "undated"
            elif found.group(2):
                month = "%s-%02d" % (found.group(3), MONTHS[found.group(2)])
            else:
                month = "%s-%s" % (found.group(6), found.group(5))
            actors = set()
            for match in matcher.finditer(text):
                actors.add(aliases[match.group(0)])
                mentions += 1
            for a, b in itertools.combinations(sorted(actors), 2):
                pairs[(month, a, b)] += 1

    print("files %d, bytes %d, mentions %d, distinct (month, pair) %d" % (files, size, mentions, len(pairs)))
    for (month, a, b), count in pairs.most_common(5):
        print("  %s  %s + %s: %d" % (month, a, b, count))


if __name__ == "__main__":
    main()
