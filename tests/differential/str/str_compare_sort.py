# Lexicographic string comparisons, case-insensitive sorting, natural sort keys.
words = ["file10", "file2", "File1", "file1", "file20", "file3", "FILE3", "file"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=str.casefold, reverse=True))
def natural(s):
    head = s.rstrip("0123456789")
    tail = s[len(head):]
    return (head.lower(), int(tail) if tail else -1)
print(sorted(words, key=natural))
pairs = [("a", "b"), ("B", "a"), ("abc", "abd"), ("", "a"), ("Z", "a"), ("é", "f"), ("10", "9"), ("ab", "abc")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x > y, x == y, x <= y, min(x, y), max(x, y))
print(sorted(["b", "a", "C", "á", "A", "c"]), max(["apple", "Apple", "APPLE"]), min("Zebra", "apple"))
