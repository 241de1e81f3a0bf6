def build(n):
    counts = {}
    words = []
    for i in range(n):
        key = "k" + str(i % 1000)
        counts[key] = counts.get(key, 0) + i
        words.append(key)
    return counts, words


def main():
    total = 0
    for _ in range(5):
        counts, words = build(200_000)
        total += len(words) + sum(counts.values()) % 1_000_003
        ordered = sorted(counts.items(), key=lambda kv: kv[1])
        total += len(ordered)
    print(total)


main()
