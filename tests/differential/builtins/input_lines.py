# input() reading from a sibling .stdin file, including EOF handling.
name = input()
print("Hello, " + name + "!")
age = int(input("Age? "))
print("Next year:", age + 1)
nums = [int(x) for x in input().split()]
print(nums, sum(nums), max(nums))
line = input()
print(repr(line), len(line))
count = 0
while True:
    try:
        s = input()
    except EOFError:
        print("EOF after", count, "more lines")
        break
    count += 1
    print(count, repr(s), s.upper())
