# Word frequency count over a text embedded in the source.
TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way."""
def tokenize(text):
    words = []
    current = []
    for ch in text.lower():
        if ch.isalpha() or ch == "'":
            current.append(ch)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    return words
words = tokenize(TEXT)
print("total words:", len(words), "unique:", len(set(words)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (word, n) in enumerate(top[:12], 1):
    bar = "#" * n
    print(f"{rank:2d}. {word:<12} {n:3d} {bar}")
by_len = {}
for w in freq:
    by_len.setdefault(len(w), []).append(w)
for length in sorted(by_len):
    print(length, sorted(by_len[length]))
print("first-seen order:", list(freq)[:10])
print("longest:", max(freq, key=len), "shortest:", min(freq, key=len))
lines = TEXT.splitlines()
for i, line in enumerate(lines, 1):
    print(i, len(line), len(line.split()), line.count(","), line[:20] + "...")
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c))))
