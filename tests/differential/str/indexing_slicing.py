# String indexing (incl. negative) and slicing with steps.
s = "Hello, World!"
print(len(s), s[0], s[-1], s[7], s[-6], s[len(s) - 1])
print(s[:5], s[7:], s[-6:-1], s[:], s[::2], s[1::2], s[::-1], s[::-2], s[-1:-6:-1])
print(s[2:10:3], s[10:2:-3], s[100:], s[-100:3], s[5:2], s[3:3], repr(s[20:30]))
for step in [1, 2, 3, -1, -2, -4]:
    print(step, repr(s[::step]), repr(s[1:11:step]), repr(s[11:1:step]))
for i in range(-len(s), len(s), 3):
    print(i, s[i], s[i:], s[:i])
try:
    print(s[13])
except IndexError as e:
    print("IndexError", e)
try:
    print(s[-14])
except IndexError as e:
    print("IndexError", e)
try:
    print(s[::0])
except ValueError as e:
    print("ValueError", e)
t = "abcdefghij"
print([t[i:j] for i in range(0, 10, 4) for j in range(i, 11, 5)])
print(t[slice(2, 8)], t[slice(None, None, -3)], t[slice(-3, None)])
