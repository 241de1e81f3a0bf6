# min/max with key and default, sum with start.
# Note: the empty-min() message changed in 3.12 ("iterable argument is empty"; 3.11 said "arg is an empty sequence").
nums = [3, -7, 2, 9, -1, 9, 0]
print(min(nums), max(nums), min(3, 1, 2), max("apple", "fig", "kiwi"), max("apple", "fig", key=len))
print(min(nums, key=abs), max(nums, key=abs), max(nums, key=lambda n: -n), min([], default=None), max((), default="empty"))
print(max([1, 2], [1, 3]), min("hello"), max({"a": 5, "b": 1}), max({"a": 5, "b": 1}.items(), key=lambda kv: kv[1]))
words = ["aa", "b", "cc", "d", "ee"]
print(max(words, key=len), min(words, key=len), max(words[::-1], key=len))
print(sum(nums), sum(nums, 100), sum([0.5, 0.25]), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()), sum(range(1000)))
print(sum([]), sum([], 5), sum([True, True, False]), sum(x * x for x in range(10)), sum([1, 2.0]), sum([2 ** 64, 2 ** 64]))
print(min(1, 1.0), max(1.0, 1), min(0, False), max([2, 2.0, 2]), min([5], key=None))
for bad in [lambda: min([]), lambda: max(), lambda: sum(["a", "b"]), lambda: max(1, "a"), lambda: min(5)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
