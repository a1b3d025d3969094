# helper used while writing the set: insert a chunk of document functions before the main section of make_files.py
import sys
p = 'make_files.py'
s = open(p).read()
chunk = open(sys.argv[1]).read()
i = s.index("# ==== main ====")
s = s[:i] + chunk.strip("\n") + "\n\n\n" + s[i:]
open(p, 'w').write(s)
