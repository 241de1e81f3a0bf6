# Generate compiler/frontend/data/unicode-names.txt.gz: the Unicode character
# name table Molt uses for "\N{...}" escapes. Run once with the Python 3.12
# oracle (its unicodedata matches the Unicode version CPython 3.12 uses) and
# commit the output as data. Format (before gzip), one entry per line:
#   NAME;HEX            a named character or a name alias
#   =PREFIX;FIRST;LAST  a range whose names are PREFIX + hex code point
# Hangul syllables are computed algorithmically at run time.
import gzip, sys, unicodedata, os

out = []
ranges = {}
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith('HANGUL SYLLABLE '):
        continue
    hx = '%04X' % cp
    if name.endswith('-' + hx):
        prefix = name[: -len(hx)]
        r = ranges.get(prefix)
        if r and r[-1][1] == cp - 1:
            r[-1][1] = cp
        else:
            ranges.setdefault(prefix, []).append([cp, cp])
        continue
    out.append('%s;%X' % (name, cp))
# Name aliases (correction/control/abbreviation) are accepted by \N{...}.
# unicodedata.lookup knows them; probe the documented alias list file if present.
aliases = os.path.join(os.path.dirname(__file__), 'NameAliases.txt')
if os.path.exists(aliases):
    for line in open(aliases):
        line = line.split('#')[0].strip()
        if not line:
            continue
        cp, alias, _kind = line.split(';')
        try:
            if unicodedata.lookup(alias) == chr(int(cp, 16)):
                out.append('%s;%s' % (alias, cp))
        except KeyError:
            pass
for prefix, rs in ranges.items():
    for a, b in rs:
        out.append('=%s;%X;%X' % (prefix, a, b))
dest = sys.argv[1] if len(sys.argv) > 1 else 'compiler/frontend/data/unicode-names.txt.gz'
with gzip.open(dest, 'wt', encoding='ascii', compresslevel=9) as f:
    f.write('\n'.join(out) + '\n')
print(dest, len(out), 'entries', unicodedata.unidata_version)
