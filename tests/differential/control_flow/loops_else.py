# while/else, for/else, break/continue, nested loops.
for n in range(2, 30):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("while", i)
else:
    print("while completed normally, i =", i)
i = 0
while True:
    i += 1
    if i > 3:
        break
print("after infinite loop", i)
n = 10
while n > 0:
    n -= 3
    if n == 1:
        print("found 1, breaking")
        break
else:
    print("no break")
print("n =", n)
for x in []:
    print("never")
else:
    print("empty for else")
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j == 3:
            break
        print(i, j)
found = None
for row in range(5):
    for col in range(5):
        if row * col == 6:
            found = (row, col)
            break
    if found:
        break
print("found", found)
total = 0
for i in range(100):
    if i % 2:
        continue
    if i > 20:
        break
    total += i
print("total", total)
count = 0
while count < 3:
    count += 1
    for k in "ab":
        print(count, k, end="; ")
print()
