# sys.exit(None) -> status 0 after printing; used inside nested functions and loops.
import sys
def search(items, target):
    for i, x in enumerate(items):
        if x == target:
            print("found", target, "at", i)
            sys.exit(None)
        print("checked", x)
    print("not found")
search([5, 8, 13, 21], 13)
print("not printed")
