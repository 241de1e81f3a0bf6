# assert with a non-string message object (message is str() of the object).
values = [1, 2, 3]
print(values)
assert values, "values must be non-empty"
assert len(values) == 4, ("length", len(values), values)
