# Set-based algorithms: dedupe, common elements, graph reachability, powerset size.
a = [5, 3, 5, 1, 3, 9, 7, 1]
seen = set()
dedup = [x for x in a if not (x in seen or seen.add(x))]
print(dedup, seen, len(seen))
s1 = set(range(0, 30, 2))
s2 = set(range(0, 30, 3))
s3 = set(range(0, 30, 5))
print(s1 & s2 & s3, sorted(s1 | s2 | s3), len(s1 ^ s2), sorted((s1 - s2) - s3))
graph = {"a": {"b", "c"}, "b": {"d"}, "c": {"d", "e"}, "d": {"f"}, "e": set(), "f": {"a"}, "g": {"a"}}
def reachable(start):
    visited, frontier = set(), [start]
    while frontier:
        node = frontier.pop()
        if node in visited:
            continue
        visited.add(node)
        frontier.extend(sorted(graph[node] - visited))
    return visited
for node in sorted(graph):
    print(node, sorted(reachable(node)), len(reachable(node)))
words1 = set("the cat sat on the mat".split())
words2 = set("the dog sat on the log".split())
print(sorted(words1 & words2), sorted(words1 ^ words2), words1 <= words1 | words2)
print({n for n in range(50) if n % 7 == 3} - {3, 10}, {i // 2 for i in range(10)})
nums = {10, 20, 30}
nums.add(20)
nums.update({40}, [50, 10])
nums.difference_update({10, 99})
nums.symmetric_difference_update({30, 60})
print(nums, sorted(nums), 60 in nums, 30 in nums)
