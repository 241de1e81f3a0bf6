# raise, re-raise, raise from, __cause__/__context__, exception objects as values.
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e
try:
    parse("abc")
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
def ctx():
    try:
        {}["missing"]
    except KeyError:
        raise ValueError("during handling")
try:
    ctx()
except ValueError as e:
    print(e, "| context:", repr(e.__context__), e.__cause__)
def no_ctx():
    try:
        1 / 0
    except ZeroDivisionError:
        raise TypeError("suppressed") from None
try:
    no_ctx()
except TypeError as e:
    print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
def reraise():
    try:
        [].pop()
    except IndexError:
        print("logging then re-raising")
        raise
try:
    reraise()
except IndexError as e:
    print("re-raised:", e)
err = ValueError("stored", 1)
errors = [err, KeyError("k"), ZeroDivisionError()]
for ex in errors:
    try:
        raise ex
    except Exception as caught:
        print(caught is ex, type(caught).__name__, caught.args)
try:
    raise ValueError
except ValueError as e:
    print("class raised:", repr(e))
def validate(age):
    if not isinstance(age, int):
        raise TypeError(f"age must be int, not {type(age).__name__}")
    if age < 0:
        raise ValueError(f"age must be >= 0, got {age}")
    return age
for a in [5, -1, "x", 3.5]:
    try:
        print("valid", validate(a))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    raise 42
except TypeError as e:
    print("TypeError", e)
