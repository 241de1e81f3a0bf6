# sys.exit(3) exits with status 3 and no traceback.
import sys
errors = []
for word in ["ok", "bad1", "ok", "bad2"]:
    if word.startswith("bad"):
        errors.append(word)
    print("processed", word)
print(len(errors), "errors:", ", ".join(errors))
if errors:
    sys.exit(len(errors) + 1)
print("not printed")
