# sys.exit("message") prints the message to stderr and exits with status 1.
import sys
config = {"mode": "fast", "level": 7}
for k in sorted(config):
    print(k, "=", config[k])
if config["level"] > 5:
    sys.exit("error: level %d is too high" % config["level"])
print("not printed")
