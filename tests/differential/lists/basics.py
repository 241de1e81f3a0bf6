# List creation, indexing, slicing, mutation methods.
a = [3, 1, 4, 1, 5, 9, 2, 6]
print(a, len(a), a[0], a[-1], a[2:5], a[::-1], a[::3], a[-3:], a[:-3])
a.append(5)
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
a.insert(-100, -100)
print(a)
a.extend([7, 8])
a += [9]
print(a, a.count(1), a.count(42), a.index(5), a.index(5, 7), a.index(1, 3))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1)
print(a)
a.reverse()
print(a)
a.sort()
print(a)
a.sort(reverse=True)
print(a)
b = a.copy()
b[0] = "changed"
print(a[0], b[0], a == b, a is b)
c = [[0] * 3] * 3
c[0][0] = 1
print(c)
d = [[0] * 3 for _ in range(3)]
d[0][0] = 1
print(d)
print([1, 2] + [3], [0] * 5, [1, 2] * 2, [] * 10, [[1]] * 2)
print([1, 2, 3] == [1, 2, 3], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print(3 in a, 42 not in a, list("abc"), list(range(4)), list((1, 2)), list({"k": 1, "j": 2}))
a.clear()
print(a, len(a), bool(a), bool([0]))
for call in ["pop", "remove", "index"]:
    try:
        if call == "pop":
            [].pop()
        elif call == "remove":
            [1].remove(2)
        else:
            [1].index(2)
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
try:
    print([1, 2, 3][3])
except IndexError as e:
    print("IndexError", e)
print(repr([1, "a", 2.5, None, True, [], (), {}]), str([["nested", ["deep"]]]))
