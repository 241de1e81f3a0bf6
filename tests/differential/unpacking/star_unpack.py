# Star unpacking in assignments, for targets, calls and displays.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(10)
print(a, mid, z)
a, *mid, z = [1, 2]
print(a, mid, z)
head, *tail = (9,)
print(head, tail)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
(a, *b), c = "abc", 7
print(a, b, c)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*"aab", *"bc"} == {"a", "b", "c"})
d1 = {"a": 1}
print({**d1, "b": 2, **{"a": 9}})
def f(*args):
    return args
print(f(*[1, 2], 3, *(4, 5)), f(*"xy"), f(*{"k": 1}))
*_, penultimate, _ = [10, 20, 30, 40]
print(penultimate)
first, second, *others = "one two three four five".split()
print(first, second, others)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError", e)
matrix = [[1, 2, 3], [4, 5, 6]]
print([*zip(*matrix)])
