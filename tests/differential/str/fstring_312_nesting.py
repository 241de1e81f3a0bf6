# Python 3.12-only (PEP 701): f-strings reusing the same quote type and nesting deeply.
# This file is a SyntaxError under Python 3.11; the harness runs 3.12.1.
names = ["ann", "bob", "cy"]
d = {"a": 1, "b": 2}
print(f"{", ".join(names)}")
print(f"{d["a"]} and {d["b"]}")
print(f"{f"{f"{1 + 1}"}"}")
print(f"{"-" * 10}")
print(f"{'\n'.join(names)}")
print(f"{len("abc"):>{len("abcdef")}}|")
w = 5
print(f"{[f"{x:>{w}}" for x in names]}")
print(f"{
    sum(d.values())
}")
print(f"{"nested " + f"{"deep"!r}"}")
