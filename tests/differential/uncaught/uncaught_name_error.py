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
print(undefined_variable)
print("never printed")
