"""The labelled commits of the source repositories, read from extract.py's files."""

import json
import os

from labels import is_bot, label_of

# The newest commits of each training repository, at most: a large repository would otherwise
# teach its own habits to the model at the expense of the others.
MAX_PER_TRAINING_REPOSITORY = 2500


def labelled_commits(data, source, limit=None):
    """(label, commit) pairs of a repository: human commits with a known type, newest first.

    The commit is what the classifier sees: the subject without its type (the scope stays
    when it is not a type word), the body, the changed files.
    """
    pairs = []
    with open(os.path.join(data, source.file_name()), encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if is_bot(record["name"], record["email"]):
                continue
            labelled = label_of(record["subject"])
            if labelled is None:
                continue
            label, subject = labelled
            pairs.append((label, {"oid": record["oid"], "subject": subject,
                                  "body": record["body"], "changes": record["changes"]}))
            if limit is not None and len(pairs) == limit:
                break
    return pairs
