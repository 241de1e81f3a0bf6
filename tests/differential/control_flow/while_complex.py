# While loops with complex conditions, multiple exits, and state machines.
text = "aaabbbcccd"
i = 0
runs = []
while i < len(text):
    j = i
    while j < len(text) and text[j] == text[i]:
        j += 1
    runs.append((text[i], j - i))
    i = j
print(runs)
state = "start"
events = ["coin", "push", "push", "coin", "coin", "push", "kick", "push"]
idx = 0
while idx < len(events) and state != "broken":
    ev = events[idx]
    if state in ("start", "locked"):
        state = "unlocked" if ev == "coin" else "broken" if ev == "kick" else "locked"
    elif state == "unlocked":
        state = "locked" if ev == "push" else "unlocked" if ev == "coin" else "broken"
    print(idx, ev, "->", state)
    idx += 1
print("final", state, idx)
lo, hi = 0, 1000
target = 737
guesses = 0
while lo <= hi:
    mid = (lo + hi) // 2
    guesses += 1
    if mid == target:
        break
    elif mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print("found", mid, "in", guesses, "guesses")
a, b = 0, 1
while b < 10 ** 30:
    a, b = b, a + b
print(a, b, len(str(b)))
