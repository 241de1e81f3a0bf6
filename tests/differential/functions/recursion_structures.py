# Recursive processing of nested data: sums, depth, tree printing, memoized paths.
tree = {"name": "root", "children": [
    {"name": "a", "children": [{"name": "a1", "children": []}, {"name": "a2", "children": []}]},
    {"name": "b", "children": [{"name": "b1", "children": [{"name": "b1x", "children": []}]}]},
    {"name": "c", "children": []}]}
def show(node, depth=0):
    print("  " * depth + "- " + node["name"])
    for child in node["children"]:
        show(child, depth + 1)
show(tree)
def count(node):
    return 1 + sum(count(c) for c in node["children"])
def height(node):
    return 1 + max((height(c) for c in node["children"]), default=0)
def leaves(node):
    if not node["children"]:
        return [node["name"]]
    return [leaf for c in node["children"] for leaf in leaves(c)]
print(count(tree), height(tree), leaves(tree))
def nested_sum(x):
    if isinstance(x, (list, tuple)):
        return sum(nested_sum(i) for i in x)
    return x
print(nested_sum([1, [2, 3], (4, [5, (6,)]), []]))
memo = {}
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = grid_paths(r - 1, c) + grid_paths(r, c - 1)
    return memo[(r, c)]
print([grid_paths(n, n) for n in range(12)], grid_paths(30, 30), len(memo))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(2 ** 40, 6 ** 20), gcd(17, 5))
def to_binary(n):
    return str(n) if n < 2 else to_binary(n // 2) + str(n % 2)
print([to_binary(n) for n in (0, 1, 5, 10, 255)])
