-- Who appears with whom: the runner's cooccurrence.csv, computed from the documents and mentions tables
-- (documents.csv / mentions.csv, or the Parquet folders of `extract --format parquet`). Plain SQL that
-- DuckDB and Spark SQL both run; see README.md, "Parquet and SQL".
--
-- What it counts, as the runner does with its default options (months and the whole corpus, every
-- window, persons, organizations and countries, minimum support 1, no --from/--to):
--   * a window is a sentence, a paragraph (title or prose segment) or the whole article;
--   * two actors are tied in a window when each is named there and two of their mentions do not overlap
--     ("le chef d'état-major des Armées maliennes" names a person, and Mali only as part of his office);
--   * documents: articles with at least one such window; stories: distinct story_id among them;
--     weight: the windows; windows_a / windows_b: the windows naming each actor; windows: all windows;
--   * an article counts in its month when its date names one, and always in `all`;
--   * actor_a is the actor whose id sorts first (byte order, as the runner's ordinal order).
-- windows (and so pmi, npmi and g2) is exact for the document window only: the sentences and paragraphs
-- without any actor are not in these tables, so for those windows the four columns are NULL.
WITH counted_documents AS (
    SELECT d.doc_id,
           d.story_id,
           CASE WHEN d.date_precision IN ('day', 'month') THEN substr(d.date, 1, 7) END AS month
    FROM documents d
),
periods AS (
    SELECT doc_id, story_id, month AS period, 'month' AS unit, 2 AS unit_order
    FROM counted_documents
    WHERE month IS NOT NULL
    UNION ALL
    SELECT doc_id, story_id, 'all' AS period, 'all' AS unit, 5 AS unit_order
    FROM counted_documents
),
typed_mentions AS (
    SELECT m.doc_id, m.actor_id, m.start AS first_char, m.end AS end_char, m.sentence, m.paragraph
    FROM mentions m
    WHERE m.type IN ('person', 'organization', 'country')
),
windowed_mentions AS (
    SELECT doc_id, actor_id, first_char, end_char, 'sentence' AS window_kind, 0 AS window_order, sentence AS window_index
    FROM typed_mentions
    WHERE sentence >= 0
    UNION ALL
    SELECT doc_id, actor_id, first_char, end_char, 'paragraph' AS window_kind, 1 AS window_order, paragraph AS window_index
    FROM typed_mentions
    WHERE paragraph >= 0
    UNION ALL
    SELECT doc_id, actor_id, first_char, end_char, 'document' AS window_kind, 2 AS window_order, 0 AS window_index
    FROM typed_mentions
),
actor_windows AS (
    SELECT DISTINCT doc_id, window_kind, window_index, actor_id
    FROM windowed_mentions
),
tied_windows AS (
    SELECT DISTINCT a.doc_id, a.window_kind, a.window_order, a.window_index,
           a.actor_id AS actor_a_id, b.actor_id AS actor_b_id
    FROM windowed_mentions a
    JOIN windowed_mentions b
      ON a.doc_id = b.doc_id
     AND a.window_kind = b.window_kind
     AND a.window_index = b.window_index
     AND a.actor_id < b.actor_id
     AND (b.first_char >= a.end_char OR a.first_char >= b.end_char)
),
pair_totals AS (
    SELECT p.period, p.unit, p.unit_order, t.window_kind, t.window_order, t.actor_a_id, t.actor_b_id,
           COUNT(DISTINCT t.doc_id) AS documents,
           COUNT(DISTINCT p.story_id) AS stories,
           COUNT(*) AS weight
    FROM tied_windows t
    JOIN periods p ON p.doc_id = t.doc_id
    GROUP BY p.period, p.unit, p.unit_order, t.window_kind, t.window_order, t.actor_a_id, t.actor_b_id
),
actor_totals AS (
    SELECT p.period, w.window_kind, w.actor_id, COUNT(*) AS windows
    FROM actor_windows w
    JOIN periods p ON p.doc_id = w.doc_id
    GROUP BY p.period, w.window_kind, w.actor_id
),
window_totals AS (
    SELECT period, 'document' AS window_kind, COUNT(*) AS windows
    FROM periods
    GROUP BY period
),
names AS (
    SELECT actor_id, MIN(actor) AS actor
    FROM mentions
    GROUP BY actor_id
),
counts AS (
    SELECT t.period, t.unit, t.unit_order, t.window_kind, t.window_order,
           na.actor AS actor_a, nb.actor AS actor_b, t.actor_a_id, t.actor_b_id,
           t.documents, t.stories, t.weight,
           wa.windows AS windows_a, wb.windows AS windows_b, wt.windows AS windows,
           CAST(t.weight AS DOUBLE) AS w,
           CAST(wa.windows AS DOUBLE) AS a,
           CAST(wb.windows AS DOUBLE) AS b,
           CAST(wt.windows AS DOUBLE) AS n
    FROM pair_totals t
    JOIN names na ON na.actor_id = t.actor_a_id
    JOIN names nb ON nb.actor_id = t.actor_b_id
    JOIN actor_totals wa ON wa.period = t.period AND wa.window_kind = t.window_kind AND wa.actor_id = t.actor_a_id
    JOIN actor_totals wb ON wb.period = t.period AND wb.window_kind = t.window_kind AND wb.actor_id = t.actor_b_id
    LEFT JOIN window_totals wt ON wt.period = t.period AND wt.window_kind = t.window_kind
    -- Minimum support (--min-support): raise 1 to keep only ties seen in that many articles of a period.
    WHERE t.documents >= 1
),
measures AS (
    SELECT c.*,
           w / (a + b - w) AS jaccard,
           log2(w * n / (a * b)) AS pmi,
           CASE WHEN w < n THEN log2(w * n / (a * b)) / -log2(w / n) END AS npmi,
           2 * (w * ln(w / (a * b / n))
                + CASE WHEN a - w > 0 THEN (a - w) * ln((a - w) / (a * (n - b) / n)) ELSE 0 END
                + CASE WHEN b - w > 0 THEN (b - w) * ln((b - w) / ((n - a) * b / n)) ELSE 0 END
                + CASE WHEN n - a - b + w > 0 THEN (n - a - b + w) * ln((n - a - b + w) / ((n - a) * (n - b) / n)) ELSE 0 END)
             * CASE WHEN w < a * b / n THEN -1 ELSE 1 END AS g2
    FROM counts c
)
SELECT period, actor_a, actor_b, window_kind AS window, documents, stories, weight,
       actor_a_id, actor_b_id, unit, windows_a, windows_b, windows, jaccard, pmi, npmi, g2
FROM measures
ORDER BY unit_order, period, window_order, documents DESC, weight DESC, actor_a, actor_b, actor_a_id, actor_b_id;
