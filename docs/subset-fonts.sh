#!/bin/sh
# Regenerates static/fonts/ from Debian's Noto packages: Noto Naskh Arabic and Noto Serif, each
# cut down to the characters an Arabic or a Latin article uses and compressed to woff2, plus the
# SIL Open Font License they ship under. The output is committed, so building sahifa needs none of
# this; see docs/fonts.md.
#
#   apt-get install fonts-noto-core python3-fonttools python3-brotli
#   sh docs/subset-fonts.sh
set -eu

src="${NOTO_DIR:-/usr/share/fonts/truetype/noto}"
copyright="${NOTO_COPYRIGHT:-/usr/share/doc/fonts-noto-core/copyright}"
out="$(dirname "$0")/../static/fonts"
# Debian's python3 is the one apt's fonttools and brotli install into.
python="${PYTHON:-python3}"

# Arabic letters and marks, the presentation forms some older texts are typed in, Arabic and
# Latin punctuation, digits, and the bidi controls (so a stray one never falls back to another face).
arabic="U+0020-0040,U+005B-0060,U+007B-007E,U+00A0,U+00AB,U+00BB,U+00D7,U+0600-06FF,U+200C-200F,U+2010-2027,U+202A-202E,U+2066-2069,U+FD3E-FD3F,U+FE70-FEFF"
# Latin-1, and the letters transliterated Arabic names use (ā ī ū ḥ ṣ ḍ ṭ ẓ ʾ ʿ).
latin="U+0000-00FF,U+0100-0101,U+012A-012B,U+0131,U+0152-0153,U+016A-016B,U+02BB-02BF,U+02C6,U+02DA,U+02DC,U+1E0C-1E0D,U+1E24-1E25,U+1E62-1E63,U+1E6C-1E6D,U+1E92-1E93,U+2000-206F,U+20AC,U+2122,U+2212"

subset() { # family weight unicodes
  "$python" -m fontTools.subset "$src/$1-$2.ttf" --unicodes="$3" --layout-features='*' \
    --no-hinting --flavor=woff2 --output-file="$out/$1-$2.woff2"
}

for weight in Regular Bold; do
  subset NotoNaskhArabic "$weight" "$arabic"
  subset NotoSerif "$weight" "$latin"
done

# The licence text as Debian's copyright file carries it (second "License: OFL-1.1" stanza),
# with the deb822 indentation and " ." blank-line markers undone.
{
  echo "Noto Naskh Arabic and Noto Serif: Copyright 2010, 2012-2020 Google Inc., 2015-2020 Google LLC."
  echo "Subset and converted to woff2 for sahifa by docs/subset-fonts.sh; outlines unchanged, hinting removed."
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1:"
  echo
  awk '/^License: OFL-1.1$/ { seen++; next } seen == 3 && /^[^ ]/ { exit } seen == 3' "$copyright" \
    | sed -e 's/^ //' -e 's/^\.$//'
} > "$out/OFL.txt"
