"""Helpers for an example set's gold written as data (each set's tools/build_gold.py).

    from gold_builder import E, L, P, GoldSet
    gold = GoldSet()
    gold.doc("ex01_...", "2024-05-02", "2024-05-01", [E("visit", "held", "main", ["VNM", "LAO"], [P(...)])])
    gold.write(set_folder)  # gold/<doc>.json and published.tsv
"""
import json
import os


def P(name, country, title=None, rank=None, organization=None):
    """A participant."""
    return {"name": name, "country": country, "title": title, "rank": rank, "organization": organization}


def L(city, country):
    """A location."""
    return {"city": city, "country": country}


def E(kind, status, salience, countries, participants=(), areas=(), name=None, mechanism=None,
      ordinal=None, date=None, end_date=None, location=None, groups=()):
    """An engagement: every field of the schema but evidence."""
    return {
        "kind": kind, "status": status, "salience": salience, "name": name, "mechanism": mechanism,
        "ordinal": ordinal, "date": date, "end_date": end_date, "location": location,
        "countries": list(countries), "groups": list(groups), "participants": list(participants),
        "areas": list(areas),
    }


class GoldSet:
    """The documents of one set, in the order written: (doc, published, main_event_date, engagements)."""

    def __init__(self):
        self.docs = []

    def doc(self, doc_id, published, main_event_date, engagements):
        self.docs.append((doc_id, published, main_event_date, engagements))

    def write(self, root):
        """Writes root/gold/<doc>.json and root/published.tsv."""
        os.makedirs(os.path.join(root, "gold"), exist_ok=True)
        rows = ["doc\tpublished\tmain_event_date"]
        for doc_id, published, med, engs in self.docs:
            out = {"doc": doc_id, "published": published, "engagements": engs}
            with open(os.path.join(root, "gold", doc_id + ".json"), "w", encoding="utf-8") as f:
                json.dump(out, f, ensure_ascii=False, indent=1)
                f.write("\n")
            rows.append(f"{doc_id}\t{published}\t{med}")
        with open(os.path.join(root, "published.tsv"), "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")
        print(f"{len(self.docs)} documents, {sum(len(d[3]) for d in self.docs)} engagements written")
