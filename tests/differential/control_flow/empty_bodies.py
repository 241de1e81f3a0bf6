# Branches whose arms do nothing: both edges of a condition reach the same block.
x = 1
if x:
    pass
print("after if")

for i in range(4):
    if i % 2:
        pass
    else:
        pass
    if i > 10:
        pass
    elif i > 20:
        pass
print("after for", i)

while False:
    pass
else:
    pass

try:
    pass
except ValueError:
    pass
finally:
    pass


def g(v):
    if v == 1:
        pass
    elif v == 2:
        pass
    if v and v > 1:
        pass
    return v


print(g(1), g(2), g(3), g(0))
print([g(k) for k in range(3) if k or not k])
