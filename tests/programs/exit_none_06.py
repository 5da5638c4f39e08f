# sys.exit(None) exits with 0; sys.exit(True) exits with 1? (here: None)
import sys
print("about to exit with None")
sys.stdout.write("written via sys.stdout.write\n")
sys.exit(None)
