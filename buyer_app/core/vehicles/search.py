"""Free-text vehicle search as shoppers type it: words in any order, a model year, synonyms of the EPA's terms
(hybrid/HEV, plug-in/PHEV, electric/EV/BEV, SUV/sport utility, pickup/truck, AWD/4WD/all-wheel, FWD, RWD, gas),
ranked: rows matching every word first, best matches first. Vectorised: one query over the whole database takes a
few milliseconds, so the window can search on every keystroke."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import numpy.typing as npt
import pandas as pd

# EPA's file starts with model year 1984; 2030 leaves room for the years makers announce ahead
YEAR_RANGE = (1984, 2030)

# how well one query word matches a row (a row's score is the sum over words)
WHOLE_WORD = 3  # "camry" in "Camry HEV FF LE", or the concept itself ("hybrid" for an EPA hybrid)
RELATED = 2  # the word starts a word of the name ("cam"), or a related concept ("hybrid" for a plug-in hybrid)
INSIDE = 1  # from a word's start, punctuation dropped ("cx5" in "CX-5", "f-150" in "F150")
PREFIX_MIN_LENGTH = 2  # "s" must be a whole word ("Model S"); "ca" may start one
INSIDE_MIN_LENGTH = 3


class Concept(StrEnum):
    """What a synonym stands for: a powertrain, a body (EPA size class) or a drive."""

    HYBRID = "hybrid"
    PLUG_IN = "plug_in"
    ELECTRIC = "electric"
    GASOLINE = "gasoline"
    DIESEL = "diesel"
    FLEX_FUEL = "flex_fuel"
    FUEL_CELL = "fuel_cell"
    SUV = "suv"
    PICKUP = "pickup"
    VAN = "van"
    WAGON = "wagon"
    CAR = "car"
    ALL_WHEEL = "all_wheel"
    FRONT_WHEEL = "front_wheel"
    REAR_WHEEL = "rear_wheel"
    TWO_WHEEL = "two_wheel"


_WORDS: dict[Concept, tuple[str, ...]] = {
    Concept.HYBRID: ("hybrid", "hybrids", "hev", "hevs"),
    Concept.PLUG_IN: ("plug in", "plugin", "plug ins", "plugins", "phev", "phevs", "plug in hybrid", "plugin hybrid"),
    Concept.ELECTRIC: ("electric", "ev", "evs", "bev", "bevs", "battery electric", "electric vehicle", "all electric"),
    Concept.GASOLINE: ("gas", "gasoline", "petrol", "ice"),
    Concept.DIESEL: ("diesel", "diesels"),
    Concept.FLEX_FUEL: ("flex", "flex fuel", "ffv", "e85"),
    Concept.FUEL_CELL: ("fuel cell", "fcev", "hydrogen"),
    Concept.SUV: ("suv", "suvs", "sport utility", "sport utility vehicle"),
    Concept.PICKUP: ("pickup", "pickups", "truck", "trucks", "pickup truck", "pick up"),
    Concept.VAN: ("van", "vans", "minivan", "minivans"),
    Concept.WAGON: ("wagon", "wagons", "station wagon", "estate"),
    Concept.CAR: ("car", "cars"),
    Concept.ALL_WHEEL: ("awd", "4wd", "4x4", "all wheel", "all wheel drive", "four wheel", "four wheel drive", "4 wheel drive"),
    Concept.FRONT_WHEEL: ("fwd", "front wheel", "front wheel drive"),
    Concept.REAR_WHEEL: ("rwd", "rear wheel", "rear wheel drive"),
    Concept.TWO_WHEEL: ("2wd", "two wheel", "two wheel drive"),
}
SYNONYMS: dict[str, Concept] = {word: concept for concept, words in _WORDS.items() for word in words}
_LONGEST_PHRASE = max(len(word.split()) for word in SYNONYMS)

# concept -> (column, {value: score}) for exact values, or (column, substring, score) for EPA class words
_BY_VALUE: dict[Concept, tuple[str, dict[str, int]]] = {
    Concept.HYBRID: ("powertrain", {"hev": WHOLE_WORD, "phev": RELATED}),  # a plug-in hybrid is a hybrid too
    Concept.PLUG_IN: ("powertrain", {"phev": WHOLE_WORD}),
    Concept.ELECTRIC: ("powertrain", {"bev": WHOLE_WORD}),
    Concept.GASOLINE: ("powertrain", {"ice": WHOLE_WORD, "flex": RELATED}),  # flex-fuel cars run on gasoline
    Concept.DIESEL: ("powertrain", {"diesel": WHOLE_WORD}),
    Concept.FLEX_FUEL: ("powertrain", {"flex": WHOLE_WORD}),
    Concept.FUEL_CELL: ("powertrain", {"fcev": WHOLE_WORD}),
    Concept.ALL_WHEEL: (
        "drive",
        {"All-Wheel Drive": WHOLE_WORD, "4-Wheel Drive": WHOLE_WORD, "Part-time 4-Wheel Drive": WHOLE_WORD},
    ),
    Concept.FRONT_WHEEL: ("drive", {"Front-Wheel Drive": WHOLE_WORD}),
    Concept.REAR_WHEEL: ("drive", {"Rear-Wheel Drive": WHOLE_WORD}),
    Concept.TWO_WHEEL: ("drive", {"Front-Wheel Drive": WHOLE_WORD, "Rear-Wheel Drive": WHOLE_WORD}),
}
_BY_CLASS: dict[Concept, str] = {  # words of the EPA size classes ("Small Sport Utility Vehicle 4WD", ...)
    Concept.SUV: r"sport utility",
    Concept.PICKUP: r"pickup",
    Concept.VAN: r"\bvans?\b|minivan",
    Concept.WAGON: r"wagon",
    Concept.CAR: r"\bcars$",
}


def class_matches(epa_class: pd.Series, text: str) -> npt.NDArray[np.bool_]:
    """Rows whose EPA size class is what `text` names: a body by any of its words ("SUV", "trucks", "minivan": the
    classes say "Sport Utility Vehicle", "Pickup Trucks", "Minivan"), else the class contains `text`."""
    concept = SYNONYMS.get(_normal(text))
    if concept in _BY_CLASS:
        pattern = _BY_CLASS[concept]
        return epa_class.astype(str).str.contains(pattern, case=False, regex=True).fillna(False).to_numpy(dtype=bool)
    return epa_class.astype(str).str.contains(text.strip(), case=False, regex=False).fillna(False).to_numpy(dtype=bool)


def _normal(text: str) -> str:
    """Lower case, every run of punctuation or space one space."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text.lower()).split())


@dataclass(frozen=True)
class Query:
    """A shopper's words: model years named (4-digit words from 1984 to 2030) and the other terms, each a word
    or a known phrase ("plug-in", "sport utility"), normalised."""

    years: frozenset[int]
    terms: tuple[str, ...]


def parse_query(text: str) -> Query:
    years: set[int] = set()
    words: list[str] = []
    for raw in text.split():
        if re.fullmatch(r"\d{4}", raw) and YEAR_RANGE[0] <= int(raw) <= YEAR_RANGE[1]:
            years.add(int(raw))
        elif normal := _normal(raw):
            words.append(normal)
    terms: list[str] = []
    i = 0
    while i < len(words):
        # the longest run of words that is a known phrase ("all wheel drive"), else the one word
        for size in range(min(_LONGEST_PHRASE, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + size])
            if size == 1 or phrase in SYNONYMS:
                terms.append(phrase)
                i += size
                break
    return Query(frozenset(years), tuple(terms))


@dataclass(frozen=True)
class Ranking:
    """Rows found (positions in the searched table, best first) and how: `complete` when every term matched
    them; otherwise the rows matching the most terms. `unmatched` are the terms no searched row matched."""

    positions: npt.NDArray[np.int64]
    complete: bool
    unmatched: tuple[str, ...]
    years: frozenset[int]


class SearchIndex:
    """A table's names normalised once, for many queries (the window builds one per list order)."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self.years = frame["year"].to_numpy()
        self._concepts: dict[Concept, npt.NDArray[np.int64]] = {}
        self._words: npt.NDArray[np.object_] | None = None  # built at the first word searched
        self._compact_base: npt.NDArray[np.object_] | None = None

    def _names(self) -> tuple[npt.NDArray[np.object_], npt.NDArray[np.object_]]:
        """(" make model base-model class ", squeezed base model), lower case, punctuation as single spaces."""
        if self._words is None or self._compact_base is None:
            f = self.frame
            names = (
                f["make"].astype(str) + " " + f["model"].astype(str) + " " + f["base_model"].astype(str) + " " + f["epa_class"]
            )
            spaced = names.astype(str).str.lower().str.replace(r"[^0-9a-z]+", " ", regex=True)
            self._words = (" " + spaced + " ").to_numpy(dtype=object)
            base = f["base_model"].astype(str).str.lower().str.replace(r"[^0-9a-z]+", "", regex=True)
            self._compact_base = base.to_numpy(dtype=object)
        return self._words, self._compact_base

    def concept_scores(self, concept: Concept) -> npt.NDArray[np.int64]:
        if concept not in self._concepts:
            if concept in _BY_VALUE:
                column, scores = _BY_VALUE[concept]
                values = self.frame[column].astype(str).map(scores).fillna(0)
                self._concepts[concept] = np.asarray(values.to_numpy(), dtype=np.int64)
            else:
                hit = self.frame["epa_class"].astype(str).str.contains(_BY_CLASS[concept], case=False, regex=True)
                self._concepts[concept] = np.where(hit.fillna(False).to_numpy(dtype=bool), WHOLE_WORD, 0).astype(np.int64)
        return self._concepts[concept]

    def term_scores(self, term: str, rows: npt.NDArray[np.intp]) -> npt.NDArray[np.int64]:
        """How well `term` matches each of `rows`: the best of a whole word, the start of a word, inside a squeezed
        name (the whole base model squeezed, "cx5" for "CX-5", counts as a whole word) and the term's concept."""
        all_words, compact_base = self._names()
        words = pd.Series(all_words[rows], dtype=object)
        whole = words.str.contains(f" {term} ", regex=False).to_numpy(dtype=bool)
        score = np.where(whole, WHOLE_WORD, 0)
        if len(term) >= PREFIX_MIN_LENGTH:
            starts = words.str.contains(f" {term}", regex=False).to_numpy(dtype=bool)
            score = np.maximum(score, np.where(starts, RELATED, 0))
        squeezed = term.replace(" ", "")
        if len(squeezed) >= INSIDE_MIN_LENGTH:
            # from the start of a word, spaces (punctuation) optional: "cx5" in "CX-5", "f150" in "F-150", but
            # not "hev" in "Chevrolet"
            pattern = " " + " ?".join(re.escape(c) for c in squeezed)
            inside = words.str.contains(pattern, regex=True).to_numpy(dtype=bool)
            score = np.maximum(score, np.where(inside, INSIDE, 0))
            score = np.maximum(score, np.where(compact_base[rows] == squeezed, WHOLE_WORD, 0))
        if term in SYNONYMS:
            score = np.maximum(score, self.concept_scores(SYNONYMS[term])[rows])
        elif len(term) >= PREFIX_MIN_LENGTH:  # a synonym being typed ("hy", "hybr"): its concept, as a start of a word
            for concept in {c for word, c in SYNONYMS.items() if word.startswith(term)}:
                score = np.maximum(score, np.minimum(self.concept_scores(concept)[rows], RELATED))
        return score.astype(np.int64)

    def rank(self, query: Query | str, within: npt.NDArray[np.bool_] | None = None) -> Ranking:
        """Rows of `within` (all when None) in the query's years that match its terms, best first; ties keep the
        table's order."""
        q = parse_query(query) if isinstance(query, str) else query
        mask = np.ones(len(self.frame), dtype=bool) if within is None else within.copy()
        if q.years:
            mask &= np.isin(self.years, list(q.years))
        candidates = np.flatnonzero(mask)
        if not q.terms or not candidates.size:
            return Ranking(candidates.astype(np.int64), bool(candidates.size) or not q.terms, (), q.years)
        scores = np.stack([self.term_scores(t, candidates) for t in q.terms])
        matched = (scores > 0).sum(axis=0)
        unmatched = tuple(t for t, row in zip(q.terms, scores, strict=True) if not row.any())
        best = int(matched.max()) if matched.size else 0
        if best == 0:
            return Ranking(np.zeros(0, dtype=np.int64), False, unmatched, q.years)
        keep = matched == best
        total = scores.sum(axis=0)[keep]
        found = candidates[keep]
        order = np.argsort(-total, kind="stable")
        return Ranking(found[order].astype(np.int64), best == len(q.terms), unmatched, q.years)
