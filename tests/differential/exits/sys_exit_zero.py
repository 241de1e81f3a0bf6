# sys.exit(0) stops the program with status 0; code after it never runs.
import sys
def main():
    for i in range(3):
        print("step", i)
    try:
        sys.exit(0)
    finally:
        print("finally runs during SystemExit")
    print("not printed")
main()
print("not printed either")
