# Read a count then that many records from stdin; EOF raises EOFError at the end (uncaught).
n = int(input())
total = 0.0
for i in range(n):
    name, qty, price = input().split(",")
    amount = int(qty) * float(price)
    total += amount
    print(f"{name:<10}{int(qty):>4} x {float(price):>7.2f} = {amount:>9.2f}")
print(f"{'TOTAL':<10}{total:>25.2f}")
print("reading past end...")
input()
