def divide(a, b):
    return a // b


print("before")
print(divide(7, 0))
print("not reached")
