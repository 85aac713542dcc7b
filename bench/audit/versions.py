"""Release tags as the audit reads them: a version (digits with '.' or '_' between them) after an
optional product prefix ("v", "curl-", "release-", "name_"), lightweight or annotated.
Pre-releases ("-rc1", "-beta.2", "rc-8_22_0-1", "-pre3") fold into the final release of the
same version in the same series. Written from the tag names seen in real repositories, not
from git-brag's rules."""

import re
from dataclasses import dataclass

VERSION = re.compile(r"^(?P<prefix>.*?)(?P<numbers>\d+(?:[._]\d+)+)(?P<suffix>.*)$")
PRE_MARKER = re.compile(r"(?:^|[^a-z])(rc|alpha|beta|pre|preview|dev|snapshot|nightly|canary|next)(?![a-z])|"
                        r"(?:^|\d)(a|b|rc)\d", re.I)
# A letter after a version is a patch release in old histories ("v1.0.0b"), not a pre-release.
PATCH_LETTER = re.compile(r"^[a-z]$")


@dataclass(frozen=True)
class Version:
    series: str  # the product: "" for plain and v-prefixed tags, "curl" for curl-7_55_0
    numbers: tuple
    prerelease: bool


def parse(name):
    found = VERSION.match(name)
    if not found:
        return None
    prefix, numbers, suffix = found["prefix"], found["numbers"], found["suffix"]
    if prefix and not re.fullmatch(r"[A-Za-z@/][A-Za-z0-9@/._-]*?[-_@/]?v?|v|V", prefix):
        return None
    if suffix and not re.fullmatch(r"[-._+]?[A-Za-z0-9.+_-]*", suffix):
        return None
    prerelease = bool(PRE_MARKER.search(prefix) or PRE_MARKER.search(suffix.lstrip("-._")) or
                      (suffix and re.match(r"[-._]?(rc|alpha|beta|pre|dev)", suffix, re.I)))
    if not prerelease and suffix and not PATCH_LETTER.match(suffix.lstrip("-._")) \
            and not re.fullmatch(r"[-._]\d+", suffix):
        # "curl-7_55_0-prepipeline" was caught above; other words after the version ("-docs")
        # make a tag that marks something else.
        return None
    series = re.sub(r"(?i)(^|[-_])(rc|pre)([-_]|$)", "", prefix)
    series = re.sub(r"[-_@/.]*v?$", "", series, flags=re.I).lower()
    if series in ("release", "rel", "version", "ver"):
        series = ""
    nums = tuple(int(n) for n in re.split(r"[._]", numbers))
    if suffix and PATCH_LETTER.match(suffix.lstrip("-._")) and not prerelease:
        nums = nums + (ord(suffix.lstrip("-._")) - ord("a") + 1,)
    elif suffix and re.fullmatch(r"[-._]\d+", suffix) and not prerelease:
        nums = nums + (int(suffix[1:]),)
    return Version(series, nums, prerelease)


def final_of(tag_name, finals_by_numbers):
    """The final release a pre-release folds into: same numbers (trailing zeros ignored)."""
    version = parse(tag_name)
    if version is None:
        return None
    return finals_by_numbers.get(strip_zeros(version.numbers))


def strip_zeros(numbers):
    numbers = list(numbers)
    while len(numbers) > 2 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)
