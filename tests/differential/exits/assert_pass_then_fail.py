# Passing asserts, then a failing assert without a message (last stderr line: AssertionError).
def mean(xs):
    assert len(xs) > 0
    return sum(xs) / len(xs)
print(mean([1, 2, 3]), mean([10]))
assert True
assert 1 + 1 == 2, "math works"
assert [1], "non-empty list is truthy"
try:
    assert 1 > 2, "caught message"
except AssertionError as e:
    print("caught:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("caught bare:", repr(e), e.args)
for v in [3, 2, 1]:
    print("checking", v)
    assert v > 1
print("unreachable")
