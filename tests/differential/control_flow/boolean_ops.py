# Short-circuit and/or returning operands, not, chained comparisons.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "default", "" or [] or 0, "a" and "b" and "c")
print([] and 1, [0] and 1, 0 or None, None and 1, not 0, not "x", not [])
calls = []
def t(name, val):
    calls.append(name)
    return val
r = t("a", 0) and t("b", 1)
print(r, calls)
calls.clear()
r = t("a", 1) or t("b", 1)
print(r, calls)
calls.clear()
r = t("a", 1) and t("b", 0) or t("c", "fallback")
print(r, calls)
calls.clear()
r = t("a", 0) or t("b", "") or t("c", None)
print(r, calls)
calls.clear()
print(t("x", 1) < t("y", 2) < t("z", 0), calls)
calls.clear()
print(t("x", 5) < t("y", 2) < t("z", 0), calls)
x = 5
print(1 < x < 10, 1 < x > 3, x == 5 == 5.0, 1 < 2 < 3 < 4 < 5, 5 > x >= 5, 0 <= x <= 4)
print(x is not None, None is None, x in [5] in [[5]], "a" < "b" < "c")
print(True + True, True and 3, False or 0.0, (True, False) or 1, not not "x")
d = {}
v = d.get("k") or "computed"
print(v)
name = ""
print(name or "anonymous", (name and name.upper()) or "none")
print(0 == False, 1 == True, [] == False, bool([]) == False, None == False)
