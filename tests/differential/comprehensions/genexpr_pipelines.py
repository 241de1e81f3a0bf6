# Lazy pipelines of generator expressions.
nums = range(1, 51)
evens = (n for n in nums if n % 2 == 0)
squares = (n * n for n in evens)
small = (s for s in squares if s < 500)
print(list(small))
words = "Lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod".split()
lengths = (len(w) for w in words)
print(sum(lengths), max(len(w) for w in words), min(words, key=len))
upper = (w.upper() for w in words if "i" in w)
print(next(upper), next(upper), list(upper))
print(sorted((w for w in words), key=lambda w: (len(w), w)))
print("|".join(w[:3] for w in words), tuple(w[-1] for w in words))
print(any(w.startswith("d") for w in words), all(len(w) > 1 for w in words))
stream = (int(c) for c in "3141592653589793")
running = []
total = 0
for d in stream:
    total += d
    running.append(total)
print(running)
print(dict((w, i) for i, w in enumerate(words) if i % 3 == 0))
print(max((len(w), w) for w in words), min((w.lower(), i) for i, w in enumerate(words)))
