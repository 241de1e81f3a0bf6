# Program that prints some results and then ends with an uncaught exception:
# the harness compares stdout, exit status 1 and the last stderr line.
def work(n):
    total = 0
    for i in range(n):
        total += i * i
    return total
results = [work(n) for n in range(8)]
print("results:", results)
print("sum:", sum(results))
data = {"alpha": 1, "beta": 2}
for k, v in data.items():
    print(k, v)
def a(x):
    return b(x) + 1
def b(x):
    return c(x) * 2
def c(x):
    return 100 // x
print(a(5))
print(a(0))
print("never printed")
