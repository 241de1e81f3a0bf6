# SystemExit can be caught; its .code is inspected; the program then exits normally.
import sys
for arg in [0, 5, "text", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit with code", repr(e.code), type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit()
except SystemExit as e:
    print("no-arg code", repr(e.code))
try:
    raise SystemExit(9)
except SystemExit as e:
    print("raise SystemExit", e.code)
try:
    sys.exit(1)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
print("exiting normally")
