"""The model file git-brag ships: a text file a small C++ loader reads.

Format, one record a line, fields separated by tabs:
    # comment lines (what the model is, its sources)
    git-brag-commit-model<TAB>1
    classes<TAB>feat<TAB>fix<TAB>...
    bias<TAB>w1<TAB>w2...                  one weight per class
    feature<TAB>name<TAB>w1<TAB>w2...      one line per feature, sorted by name
    end<TAB>N                              N feature lines: a cut file is caught
Weights are written with 4 decimals: the file, not the trainer's memory, is the model, and
evaluate.py and the fixture read it back as the program does.
"""

MAGIC = "git-brag-commit-model"
VERSION = "1"


def _number(value):
    text = f"{value:.4f}"
    return "0" if text in ("0.0000", "-0.0000") else text.rstrip("0").rstrip(".")


def write_model(path, header_lines, classes, bias, weights):
    """weights: dict from feature name to a list of one weight per class."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in header_lines:
            out.write(f"# {line}\n" if line else "#\n")
        out.write(f"{MAGIC}\t{VERSION}\n")
        out.write("classes\t" + "\t".join(classes) + "\n")
        out.write("bias\t" + "\t".join(_number(w) for w in bias) + "\n")
        names = sorted(weights)
        for name in names:
            out.write("feature\t" + name + "\t" + "\t".join(_number(w) for w in weights[name]) + "\n")
        out.write(f"end\t{len(names)}\n")


class Model:
    def __init__(self, path):
        self.weights = {}
        with open(path, encoding="utf-8") as lines:
            for line in lines:
                if line.startswith("#"):
                    continue
                fields = line.rstrip("\n").split("\t")
                if fields[0] == "classes":
                    self.classes = fields[1:]
                elif fields[0] == "bias":
                    self.bias = [float(w) for w in fields[1:]]
                elif fields[0] == "feature":
                    self.weights[fields[1]] = [float(w) for w in fields[2:]]

    def scores(self, features):
        """Each class's score: the bias plus each known feature's weight times its value, summed
        in the order of the feature names so that C++ adds the same numbers in the same order."""
        totals = list(self.bias)
        for name in sorted(features):
            row = self.weights.get(name)
            if row is None:
                continue
            value = features[name]
            for k, weight in enumerate(row):
                totals[k] += weight * value
        return totals

    def predict(self, features):
        """The class of the highest score; the first such class on a tie."""
        totals = self.scores(features)
        best = 0
        for k in range(1, len(totals)):
            if totals[k] > totals[best]:
                best = k
        return self.classes[best]
