# The if __name__ == "__main__": idiom and module-level execution order.
import sys
print("module level, __name__ =", __name__)
def helper(x):
    return x * 2
def main(argv):
    print("main called with", argv)
    total = 0
    for a in argv:
        total += helper(int(a))
    print("total", total)
    return 0 if total < 100 else 5
if __name__ == "__main__":
    code = main(sys.argv[1:])
    print("exit code will be", code)
    sys.exit(code)
print("not reached when run as script")
