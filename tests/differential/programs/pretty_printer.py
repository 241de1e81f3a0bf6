# JSON-like pretty printer using recursion and isinstance.
def esc(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ord(ch) < 32:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'
def dump(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return esc(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        parts = [inner + dump(v, indent + step, step) for v in value]
        return "[\n" + ",\n".join(parts) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = [inner + esc(str(k)) + ": " + dump(v, indent + step, step) for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(value).__name__)
doc = {
    "name": "Molt test",
    "version": [1, 2, 3],
    "enabled": True,
    "ratio": 0.75,
    "nothing": None,
    "nested": {"empty_list": [], "empty_dict": {}, "deep": {"deeper": [{"x": 1}, {"y": [2, 3]}]}},
    "text": 'quote " backslash \\ newline \n tab \t',
    "unicode": "café 日本",
    "tuple": (1, "two"),
    "big": 2 ** 70,
    7: "int key",
}
print(dump(doc))
print(dump([1, [2, [3, [4]]]], step=4))
for bad in [{1, 2}, b"bytes", [1, {"k": {3}}]]:
    try:
        dump(bad)
    except TypeError as e:
        print("TypeError:", e)
def depth(v):
    if isinstance(v, dict):
        return 1 + max((depth(x) for x in v.values()), default=0)
    if isinstance(v, (list, tuple)):
        return 1 + max((depth(x) for x in v), default=0)
    return 0
print("depth:", depth(doc))
