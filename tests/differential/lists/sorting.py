# sort / sorted with key, reverse, stability, and mixed comparisons.
words = ["banana", "Apple", "cherry", "date", "Elder", "fig", "apple", "Banana", "kiwi"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=lambda w: w[-1]))
people = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
by_name = sorted(people)
print(by_name)
stable = sorted(sorted(people, key=lambda p: p[0], reverse=True), key=lambda p: p[1])
print(stable)
nums = [5, -3, 2, -8, 0, 7, -1, 2.5, True]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True))
lst = [3, 1, 2]
r = lst.sort()
print(r, lst)
lst.sort(key=lambda x: -x)
print(lst)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted([]))
print(sorted([[2, 1], [1, 2], [1], [], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print("TypeError", e)
data = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1)]
data.sort(key=lambda t: t[1])
print(data)
print(sorted(range(10), key=lambda n: n % 3))
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
