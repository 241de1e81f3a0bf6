# Reading numeric data from stdin with input() until a sentinel line.
count = int(input())
values = []
for _ in range(count):
    values.append(float(input()))
print("values:", values)
print("sum:", sum(values), "avg:", sum(values) / len(values), "max:", max(values))
matrix = []
while True:
    line = input()
    if line == "END":
        break
    matrix.append([int(x) for x in line.split(",")])
print("matrix:", matrix)
print("row sums:", [sum(r) for r in matrix], "col sums:", [sum(c) for c in zip(*matrix)])
words = input().split()
print(sorted(words, key=str.lower), len(words))
