# raise SystemExit(2) at the top level exits with status 2.
import sys
print("starting", file=sys.stdout)
def check(n):
    if n > 3:
        raise SystemExit(2)
    return n * 10
for n in range(10):
    print(check(n))
