# No .args file: sys.argv has only the script name.
import sys
print(len(sys.argv), sys.argv[1:], type(sys.argv).__name__)
if len(sys.argv) < 2:
    print("usage: no_args.py NAME")
print(__name__)
