# del of names, items, slices, dict keys.
x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError", e)
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[2:4]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
a, b, c = 1, 2, 3
del a, b
try:
    print(a)
except NameError as e:
    print("NameError", e)
print(c)
nested = {"k": [1, 2, {"z": 0, "y": 1}]}
del nested["k"][2]["z"]
del nested["k"][0]
print(nested)
try:
    del d["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    del lst[5]
except IndexError as e:
    print("IndexError", e)
try:
    t = (1, 2)
    del t[0]
except TypeError as e:
    print("TypeError", e)
for i in range(3):
    pass
del i
try:
    i
except NameError as e:
    print("NameError", e)
