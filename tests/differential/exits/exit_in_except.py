# sys.exit with a code from inside an except handler; finally still runs.
import sys
def risky(x):
    return 100 // x
try:
    for v in [5, 2, 0, 1]:
        print(v, risky(v))
except ZeroDivisionError as e:
    print("fatal:", e)
    sys.exit(4)
finally:
    print("finally block")
print("not printed")
