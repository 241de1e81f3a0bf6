# Greedy text wrapping and justification.
TEXT = ("Molt compiles Python programs ahead of time to WebAssembly and promises exactly the output "
        "that CPython would produce, byte for byte, including error messages and float formatting.")
def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        extra = len(word) + (1 if current else 0)
        if current and length + extra > width:
            lines.append(current)
            current, length = [word], len(word)
        else:
            current.append(word)
            length += extra
    if current:
        lines.append(current)
    return lines
def justify(words, width):
    if len(words) == 1:
        return words[0].ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    base, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (base + (1 if i < extra else 0))
    return out + words[-1]
for width in [20, 32, 45]:
    print(f"--- width {width} ---")
    lines = wrap(TEXT, width)
    for ws in lines[:-1]:
        print("|" + justify(ws, width) + "|")
    print("|" + " ".join(lines[-1]).ljust(width) + "|")
    print("|" + " ".join(lines[0]).center(width, ".") + "|", len(lines))
