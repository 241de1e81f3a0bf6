# More list behaviour: identity vs equality, copying, membership, nested mutation, repr.
a = [1, 2, 3]
b = a
c = a[:]
d = list(a)
print(a == b == c == d, a is b, a is c, c is d)
b.append(4)
print(a, c, d)
e = [a, a]
a.append(5)
print(e, e[0] is e[1])
print([] == [], [] is not [], [[]] * 3, [None] * 2, [1, [2, [3, []]]])
nums = [5, 2, 8, 2, 9, 1, 2]
print(nums.count(2), nums.index(2), nums.index(2, 2), nums.index(2, 4, 7))
while 2 in nums:
    nums.remove(2)
print(nums)
nums.extend(range(3))
nums.extend("ab")
nums.extend((None,))
print(nums, len(nums))
print(nums[::-1][:3], nums[-100:2], nums[5:100], nums[len(nums):])
x = [3, 1, 2]
y = sorted(x)
x.sort()
print(x == y, x is y, list(reversed(x)), x[::-1] == list(reversed(x)))
m = [[0] * 2] * 2
m[0][1] = 7
print(m)
lst = list(range(10))
print([lst[i] for i in range(0, len(lst), 3)], lst[1::3], lst[-1::-3])
print(max([[1, 2], [1, 2, 0], [0, 9]]), min([[1, 2], [1, 2, 0], [0, 9]]), sum([[1], [2]], []))
