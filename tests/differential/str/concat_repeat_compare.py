# Concatenation, repetition, comparison, membership.
a, b = "abc", "xyz"
print(a + b, a * 3, 3 * b, a * 0, a * -2, repr("" * 5), (a + b) * 2)
s = ""
for i in range(10):
    s += str(i)
    s = s + "-"
print(s, len(s))
print("abc" < "abd", "abc" < "ab", "" < "a", "A" < "a", "a" < "B", "abc" == "abc", "abc" != "ABC")
print("apple" > "Apple", "zebra" > "apple", "10" < "9", "abc" <= "abc", "b" >= "abc")
print(sorted(["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "", "a b"]))
print(max(["pear", "fig", "apple"]), min(["pear", "fig", "apple"]), max("hello"))
print("ell" in "hello", "" in "abc", "xyz" not in "abc", "a" in "")
print("ab" * 3 == "ababab", "-" * 20)
parts = ["x"] * 4
print("".join(parts), "+".join(parts), ",".join(str(i) for i in range(5)))
print(str(12) + "px", "%s%s" % ("a", 1), "a" "b" "c", ("multi"
      "line"))
try:
    print("abc" + 5)
except TypeError as e:
    print("TypeError", e)
try:
    print("abc" * 2.0)
except TypeError as e:
    print("TypeError", e)
try:
    print("abc" < 5)
except TypeError as e:
    print("TypeError", e)
