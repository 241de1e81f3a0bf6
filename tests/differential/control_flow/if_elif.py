# if/elif/else chains, truthiness, nested conditions.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in [-5, 0, 3, 9, 10, 99, 100, 10 ** 20]:
    print(n, classify(n))
for v in [0, 1, "", "a", [], [0], None, 0.0, -0.0, {}, set(), (), ((),), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
for year in [1900, 2000, 2004, 2023, 2024, 2100]:
    if year % 4 == 0:
        if year % 100 == 0:
            leap = year % 400 == 0
        else:
            leap = True
    else:
        leap = False
    print(year, leap)
x = 15
if x % 3 == 0 and x % 5 == 0:
    print("fizzbuzz")
if not x % 2:
    print("even")
else:
    print("odd")
if x: print("one-line if")
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 65, 90, 80]])
