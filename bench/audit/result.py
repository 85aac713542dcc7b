"""What a check found for one kind of claim: how many it checked, how many git agrees with, each
disagreement spelled out (what the report says, what git says, the command that shows it), and
what git shows that the report left out."""

from dataclasses import dataclass, field


@dataclass
class KindResult:
    kind: str
    checked: int = 0
    agreed: int = 0
    disagreements: list = field(default_factory=list)  # "claim | git says ... | command"
    missed: list = field(default_factory=list)  # what git shows and no claim covers
    metrics: dict = field(default_factory=dict)  # e.g. review recall and precision

    def check(self, ok, what=""):
        self.checked += 1
        if ok:
            self.agreed += 1
        else:
            self.disagreements.append(what)

    def as_dict(self):
        return {"kind": self.kind, "checked": self.checked, "agreed": self.agreed,
                "disagreed": self.checked - self.agreed, "missed": len(self.missed),
                "disagreements": self.disagreements, "missed_items": self.missed, "metrics": self.metrics}


def print_table(results, out, examples=3):
    out.write(f"{'kind':<16} {'checked':>7} {'agreed':>7} {'disagreed':>9} {'missed':>7}  notes\n")
    for r in results:
        notes = ", ".join(f"{k} {v}" for k, v in r.metrics.items())
        out.write(f"{r.kind:<16} {r.checked:>7} {r.agreed:>7} {r.checked - r.agreed:>9} {len(r.missed):>7}  {notes}\n")
    for r in results:
        for line in r.disagreements[:examples]:
            out.write(f"  ✗ {r.kind}: {line}\n")
        if len(r.disagreements) > examples:
            out.write(f"    ({len(r.disagreements) - examples} more {r.kind} disagreements)\n")
        for line in r.missed[:examples]:
            out.write(f"  ∅ {r.kind}: {line}\n")
        if len(r.missed) > examples:
            out.write(f"    ({len(r.missed) - examples} more {r.kind} items git shows and the report lacks)\n")
