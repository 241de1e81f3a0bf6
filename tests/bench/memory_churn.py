# Builds and drops 20 million temporaries (strs, lists, tuples, big ints):
# with reference counting the program's linear memory must stay small.
# Run: MOLT_REPORT_MEMORY=1 node bin/molt.js run tests/bench/memory_churn.py

def churn(rounds):
    big = 1 << 100
    total = 0
    for i in range(rounds):
        s = "item-" + str(i)            # str
        l = [i, s, i + 1]               # list
        t = (l, s)                      # tuple
        b = big * (i + 1)               # big int
        total += len(t[1]) + len(l) + (b & 7)
    return total

print(churn(5_000_000))  # 4 objects per round: 20 million temporaries
