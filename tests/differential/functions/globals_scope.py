# global statement, shadowing, UnboundLocalError.
counter = 0
def bump():
    global counter
    counter += 1
    return counter
print(bump(), bump(), counter)
def make_global():
    global created
    created = "I exist"
make_global()
print(created)
x = "global x"
def shadow():
    x = "local x"
    return x
print(shadow(), x)
def read_global():
    return x.upper()
print(read_global())
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
def conditional(flag):
    if flag:
        y = 1
    return y
print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print("UnboundLocalError", e)
try:
    print(undefined_name)
except NameError as e:
    print("NameError", e)
def deleted():
    z = 1
    del z
    return z
try:
    deleted()
except UnboundLocalError as e:
    print("UnboundLocalError", e)
total = 0
for k in range(5):
    total += k
print(total, k)
lst = [1, 2]
def mutate():
    lst.append(3)
mutate()
print(lst)
