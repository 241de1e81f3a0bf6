# sys.argv with a sibling .args file (one argv entry per line); argv[0] is not printed (path differs).
import sys
args = sys.argv[1:]
print(len(args), "arguments")
for i, a in enumerate(args, 1):
    print(i, repr(a), len(a), a.upper())
print(" ".join(args))
print(sys.argv[0].endswith(".py"))
